package org.restripe.drivers.t3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical command outputs under src/test/resources/t3-output, without their provenance header (the
 * leading lines starting with "# ", see the README there).
 */
final class Fixtures {
	private Fixtures() {
	}

	static String text(String file) {
		return withoutHeader(raw(file));
	}

	/** The file as stored, header included. */
	static String raw(String file) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/t3-output/" + file)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String withoutHeader(String text) {
		String rest = text;
		while (rest.startsWith("# ")) {
			int end = rest.indexOf('\n');
			rest = end < 0 ? "" : rest.substring(end + 1);
		}
		return rest;
	}

	/** Every discovery and follow-up command's output for one array ("t3b" or "6120"). */
	static Map<String, String> outputs(String prefix) {
		Map<String, String> outputs = new LinkedHashMap<>();
		T3Driver driver = new T3Driver();
		for (String command : driver.discoveryCommands()) {
			outputs.put(command, text(prefix + "-" + command.replace(' ', '-') + ".txt"));
		}
		for (String command : driver.followUpDiscoveryCommands(outputs)) {
			outputs.put(command, text(prefix + "-" + command.replace(' ', '-') + ".txt"));
		}
		return outputs;
	}
}
