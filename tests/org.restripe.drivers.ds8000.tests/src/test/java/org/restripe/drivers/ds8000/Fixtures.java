package org.restripe.drivers.ds8000;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command outputs under src/test/resources/ds8000-output, without their provenance header line. */
final class Fixtures {
	private Fixtures() {
	}

	static String text(String file) {
		String rest = raw(file);
		while (rest.startsWith("# ")) {
			int end = rest.indexOf('\n');
			rest = end < 0 ? "" : rest.substring(end + 1);
		}
		return rest;
	}

	static String raw(String file) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/ds8000-output/" + file)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every discovery command's output for the sample site's ds8a. */
	static Map<String, String> ds8a() {
		Map<String, String> outputs = new LinkedHashMap<>();
		for (String command : new DsCliDriver().discoveryCommands()) {
			outputs.put(command, text("ds8a-" + (command.equals("ver -l") ? "ver-l" : command) + ".txt"));
		}
		return outputs;
	}
}
