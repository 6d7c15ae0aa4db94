package org.restripe.simulator.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;

import org.restripe.simulator.line.ConsoleIo;
import org.restripe.simulator.line.LineBuffer;

/**
 * Passes bytes between the engineer's terminal and an array console until Ctrl-] or the console ends
 * (it refused the session, or its line dropped, or another engineer disconnected it).
 */
final class ConsoleBridge {
	/** How often the bridge looks whether the console is still there while the engineer types nothing. */
	private static final Duration LOOK = Duration.ofMillis(50);

	private ConsoleBridge() {
	}

	/** {@code typed} is what the terminal's input arrives through; {@code terminal} reads from it. */
	static void run(ConsoleIo terminal, LineBuffer typed, Socket console) throws IOException {
		InputStream fromConsole = console.getInputStream();
		OutputStream toConsole = console.getOutputStream();
		Thread copier = new Thread(() -> copy(fromConsole, terminal), "console-bridge");
		copier.setDaemon(true);
		copier.start();
		while (copier.isAlive()) {
			if (!typed.awaitInput(LOOK)) {
				continue;
			}
			int b = terminal.readFiltered();
			if (b < 0) {
				throw new IOException("terminal closed while connected to a console");
			}
			if (b == TerminalServer.ESCAPE) {
				return;
			}
			try {
				toConsole.write(b);
				toConsole.flush();
			} catch (IOException e) {
				// the console went away under us (disconnected by another session): back to the prompt
				return;
			}
		}
	}

	private static void copy(InputStream from, ConsoleIo to) {
		byte[] buffer = new byte[1024];
		try {
			int n;
			while ((n = from.read(buffer)) >= 0) {
				to.output().write(buffer, 0, n);
				to.output().flush();
			}
		} catch (IOException e) {
			// a closed console socket ends the copy; the bridge notices copier has stopped
			return;
		}
	}
}
