package org.restripe.drivers.t3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The canonical command outputs under src/test/resources/t3-output. */
final class Fixtures {
	private Fixtures() {
	}

	static String text(String file) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/t3-output/" + file)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every discovery command's output for one array ("t3b" or "6120"). */
	static Map<String, String> outputs(String prefix) {
		Map<String, String> outputs = new LinkedHashMap<>();
		for (String command : new T3Driver().discoveryCommands()) {
			outputs.put(command, text(prefix + "-" + command.replace(' ', '-') + ".txt"));
		}
		return outputs;
	}
}
