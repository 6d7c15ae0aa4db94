package org.restripe.simulator.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a ser2net 4.x YAML configuration that puts Debian's ser2net, a real terminal server, in front of
 * the arrays' console ptys: one plain-TCP accepter on loopback per console. {@code chardelay: false}
 * because ser2net otherwise waits a few milliseconds per exchange; {@code kickolduser} so a new engineer
 * can take a console someone left open.
 */
public final class Ser2netConfig {
	private Ser2netConfig() {
	}

	/** {@code consoles} maps each array name to its console pty and the loopback port ser2net should serve. */
	public static void write(Path file, Map<String, Console> consoles) throws IOException {
		StringBuilder yaml = new StringBuilder("%YAML 1.1\n---\n# written by the Restripe simulator\n");
		for (Map.Entry<String, Console> e : consoles.entrySet()) {
			Console c = e.getValue();
			yaml.append("connection: &").append(e.getKey().replaceAll("[^A-Za-z0-9_]", "_")).append('\n')
					.append("  accepter: tcp,127.0.0.1,").append(c.tcpPort()).append('\n')
					.append("  connector: serialdev,").append(c.pty()).append(",9600n81,local\n")
					.append("  options:\n")
					.append("    kickolduser: true\n")
					.append("    chardelay: false\n");
		}
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
	}

	/** A console pty (the real /dev/pts/N) and the TCP port ser2net serves it on. */
	public record Console(Path pty, int tcpPort) {
	}
}
