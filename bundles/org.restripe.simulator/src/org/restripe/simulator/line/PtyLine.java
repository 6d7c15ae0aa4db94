package org.restripe.simulator.line;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A serial line as a pseudo-terminal pair made by socat: the client (a driver with jssc, ser2net, a
 * terminal program) opens {@link #clientPath()}, the simulator serves its own end with plain file I/O.
 * A serial console never hangs up: when a session ends (the line dropped, the peer logged out at EOF),
 * the service starts again on the same pty, as an array's console prints its login prompt again.
 */
public final class PtyLine implements AutoCloseable {
	private static final long PTY_WAIT_MS = 5_000;

	private final Path clientPath;
	private final Path devicePath;
	private final Process socat;
	private final Thread server;
	private final Consumer<String> log;
	private volatile boolean closed;

	/** Creates the pair with symlinks {@code client} and {@code client + ".sim"}, and starts serving. */
	public PtyLine(Path client, StreamService service, Consumer<String> log) throws IOException {
		this.clientPath = client;
		this.devicePath = client.resolveSibling(client.getFileName() + ".sim");
		this.log = log;
		Files.deleteIfExists(clientPath);
		Files.deleteIfExists(devicePath);
		this.socat = new ProcessBuilder(List.of("socat", "pty,raw,echo=0,link=" + clientPath,
				"pty,raw,echo=0,link=" + devicePath)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		awaitLinks();
		this.server = new Thread(() -> serveLoop(service), "pty-" + client.getFileName());
		this.server.setDaemon(true);
		this.server.start();
	}

	private void awaitLinks() throws IOException {
		long deadline = System.currentTimeMillis() + PTY_WAIT_MS;
		while (!(Files.exists(clientPath) && Files.exists(devicePath))) {
			if (!socat.isAlive() || System.currentTimeMillis() > deadline) {
				socat.destroy();
				throw new IOException("socat did not create the pty pair " + clientPath);
			}
			sleep(10);
		}
	}

	/** The path a client opens, a symlink to /dev/pts/N. */
	public Path clientPath() {
		return clientPath;
	}

	/** The /dev/pts/N the client path points at, for ser2net and for people. */
	public Path clientDevice() throws IOException {
		return clientPath.toRealPath();
	}

	private void serveLoop(StreamService service) {
		while (!closed && socat.isAlive()) {
			try (FileInputStream in = new FileInputStream(devicePath.toFile());
					FileOutputStream out = new FileOutputStream(devicePath.toFile())) {
				service.serve(in, out);
			} catch (IOException e) {
				if (!closed) {
					log.accept(clientPath.getFileName() + ": session ended, restarting: " + e.getMessage());
					sleep(50);
				}
			}
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws IOException {
		closed = true;
		socat.destroy();
		try {
			if (!socat.waitFor(2, TimeUnit.SECONDS)) {
				socat.destroyForcibly();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		Files.deleteIfExists(clientPath);
		Files.deleteIfExists(devicePath);
	}
}
