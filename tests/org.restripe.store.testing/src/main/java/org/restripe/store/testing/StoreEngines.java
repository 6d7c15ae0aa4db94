package org.restripe.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * Runs a parameterized test once per engine, each time on a fresh, empty {@link FreshStore}:
 *
 * <pre>
 * &#64;ParameterizedTest(name = "{0}")
 * &#64;ArgumentsSource(StoreEngines.class)
 * void requestsSurvive(FreshStore store) throws Exception {
 *     try (RestripeDatabase db = store.open()) { ... }
 * }
 * </pre>
 *
 * The servers start once per JVM, on first use, and stop when it ends.
 */
public final class StoreEngines implements ArgumentsProvider {
	@Override
	public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
		return Stream.of(Arguments.of(FreshStore.embedded(newDataDirectory())),
				Arguments.of(FreshStore.onDerbyNetworkServer()), Arguments.of(FreshStore.onPostgres()));
	}

	/** A temporary data directory for embedded Derby, deleted when the JVM ends. */
	public static Path newDataDirectory() {
		try {
			Path dir = Files.createTempDirectory("restripe-data");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> TempDirs.delete(dir)));
			return dir;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
