package org.restripe.simulator.line;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A serial line as a pseudo-terminal pair made by socat: the client (a driver with jssc, ser2net, a
 * terminal program) opens {@link #clientPath()}, the simulator serves its own end with plain file I/O.
 * The pty stays the same /dev/pts/N for the line's life. socat is told not to hold the client side open
 * itself ({@code wait-slave}) and to outlive a client closing it ({@code ignoreeof}); it then logs each
 * close ("Input/output error (probably PTY closed)", socat 1.7.4), which is how the line learns that a
 * session on the pty ended, as a serial port would see its carrier drop.
 */
public final class PtyLine implements AutoCloseable {
	private static final long PTY_WAIT_MS = 5_000;
	/** socat's notice naming its two file descriptors; the second pair is the client's pty. */
	private static final Pattern TRANSFER = Pattern.compile("starting data transfer loop with FDs \\[\\d+,\\d+\\] and \\[(\\d+),\\d+\\]");
	private static final Pattern CLIENT_CLOSED = Pattern.compile("read\\((\\d+), [^)]*\\): Input/output error");

	private final Path clientPath;
	private final Path devicePath;
	private final Process socat;
	private final Consumer<String> log;
	private volatile Runnable onSessionEnd = () -> { };
	private volatile FileOutputStream plugOutput;
	private volatile boolean closed;

	/**
	 * Serves {@code service} on the pty; when it ends (the line dropped, the peer logged out at EOF) it is
	 * served again on the same pty, as an array's console prints its login prompt again.
	 */
	public PtyLine(Path client, StreamService service, Consumer<String> log) throws IOException {
		this(client, log);
		daemon("pty-" + client.getFileName(), () -> serveLoop(service));
	}

	/**
	 * Puts the pty on {@code line} as a way in that is always there: a session on the pty takes the line
	 * with its first keystroke and lets go when the client closes the pty.
	 */
	public PtyLine(Path client, ExclusiveLine line, Consumer<String> log) throws IOException {
		this(client, log);
		plugOutput = new FileOutputStream(devicePath.toFile());
		ExclusiveLine.Plug plug = line.plug("pty " + client, plugOutput);
		onSessionEnd = plug::sessionEnded;
		daemon("pty-" + client.getFileName(), () -> readLoop(plug));
	}

	/** Creates the pair with symlinks {@code client} and {@code client + ".sim"}. */
	private PtyLine(Path client, Consumer<String> log) throws IOException {
		this.clientPath = client;
		this.devicePath = client.resolveSibling(client.getFileName() + ".sim");
		this.log = log;
		Files.deleteIfExists(clientPath);
		Files.deleteIfExists(devicePath);
		this.socat = new ProcessBuilder(List.of("socat", "-d", "-d", "pty,raw,echo=0,ignoreeof,link=" + devicePath,
				"pty,raw,echo=0,wait-slave,pty-interval=0.05,ignoreeof,link=" + clientPath)).redirectErrorStream(true).start();
		daemon("socat-" + client.getFileName(), this::watchSocat);
		awaitLinks();
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
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

	/** Reads socat's log (which must be read anyway, or socat blocks) for the client closing the pty. */
	private void watchSocat() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(socat.getInputStream(), StandardCharsets.UTF_8))) {
			String clientFd = null;
			String line;
			while ((line = lines.readLine()) != null) {
				Matcher transfer = TRANSFER.matcher(line);
				if (transfer.find()) {
					clientFd = transfer.group(1);
				}
				Matcher closedPty = CLIENT_CLOSED.matcher(line);
				if (closedPty.find() && closedPty.group(1).equals(clientFd)) {
					onSessionEnd.run();
				}
			}
		} catch (IOException e) {
			// socat has stopped; its output ends with it
		}
	}

	private void readLoop(ExclusiveLine.Plug plug) {
		try (FileInputStream in = new FileInputStream(devicePath.toFile())) {
			byte[] chunk = new byte[1024];
			int n;
			while (!closed && (n = in.read(chunk)) >= 0) {
				plug.typed(chunk, n);
			}
		} catch (IOException e) {
			if (!closed) {
				log.accept(clientPath.getFileName() + ": pty line ended: " + e.getMessage());
			}
		}
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
		if (plugOutput != null) {
			plugOutput.close();
		}
		Files.deleteIfExists(clientPath);
		Files.deleteIfExists(devicePath);
	}
}
