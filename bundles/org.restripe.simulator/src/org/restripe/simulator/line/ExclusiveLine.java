package org.restripe.simulator.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A device on a serial line that several ways in share, one session at a time: an array's console
 * reached over TCP and over its pty, a modem. The device ({@link StreamService}) runs once, on its own
 * thread, for the life of the line and never sees sessions come and go, just as an array's console does
 * not know who is on the far side of the cable: its state (logged in, history number, a command still
 * running) outlives every session. Each session's keystrokes reach the device and the device's output
 * reaches only the session that holds the line; with nobody on the line the output goes nowhere.
 * <ul>
 * <li>{@link #serveConnection}: a session that takes the line when it connects (a TCP connection). If
 * another session holds the line, it is told so in one line and closed, as a terminal server refuses a
 * port that is in use.
 * <li>{@link #plug}: a way in that is always there (a pty), which takes the line with its first
 * keystroke while the line is free. Keystrokes while another session holds the line are dropped, and
 * each Return is answered with the one-line refusal.
 * </ul>
 * If the device throws {@link LineDropped} (a fault), the holder is hung up, what it typed and the
 * device had not read is lost, and the device is served again with its state as it was.
 */
public final class ExclusiveLine implements AutoCloseable {
	/** How long a new connection waits for a holder whose far end has just gone. */
	public static final Duration LEAVING_GRACE = Duration.ofSeconds(2);
	private static final int CHUNK = 1024;

	private final String name;
	private final LineOwner<Session> owner;
	private final LineBuffer typed = new LineBuffer(64 * 1024);
	private final OutputStream toHolder = new HolderOutput();
	private final Consumer<String> log;
	private final Object lock = new Object();
	private final Thread deviceThread;
	private volatile Supplier<String> greeting = () -> "";
	private volatile boolean closed;

	/** Starts serving {@code device}; {@code name} is the line as refusals name it, e.g. "t3a console". */
	public ExclusiveLine(String name, StreamService device, Consumer<String> log) {
		this.name = name;
		this.owner = new LineOwner<>(name);
		this.log = log;
		this.deviceThread = new Thread(() -> runDevice(device), name.replace(' ', '-') + "-device");
		this.deviceThread.setDaemon(true);
		this.deviceThread.start();
	}

	public String name() {
		return name;
	}

	/** What a connection that takes the line is shown first, e.g. the login question of a logged-out console. */
	public void greetWith(Supplier<String> greeting) {
		this.greeting = greeting;
	}

	/** Hears sessions taking and leaving the line. */
	public void addListener(LineOwner.Listener listener) {
		owner.addListener(listener);
	}

	/** Who holds the line, in words (e.g. "tcp 127.0.0.1:40112", "pty /tmp/site/t3a"). */
	public Optional<String> holder() {
		return owner.holder();
	}

	/** Waits up to {@code patience} until no session holds the line; true if it is free. */
	public boolean awaitFree(Duration patience) {
		return owner.awaitFree(patience);
	}

	/**
	 * Serves one connection until it ends: it takes the line (waiting {@link #LEAVING_GRACE} for a holder
	 * that is leaving) or is refused with one line. {@code hangUp} cuts the connection when the line drops.
	 */
	public void serveConnection(String peer, InputStream in, OutputStream out, Runnable hangUp) throws IOException {
		Session session = new Session(peer, out, hangUp);
		if (!owner.take(session, peer, LEAVING_GRACE)) {
			session.tell(owner.refusal() + " (one session at a time)");
			return;
		}
		try {
			String hello = greeting.get();
			if (!hello.isEmpty()) {
				session.write(hello.getBytes(StandardCharsets.ISO_8859_1));
			}
			byte[] chunk = new byte[CHUNK];
			int n;
			while ((n = in.read(chunk)) >= 0) {
				if (!deliver(session, chunk, n)) {
					return;
				}
			}
		} finally {
			owner.release(session);
		}
	}

	/** A way in that is always there, as a pty is; its owner reports what is typed and when a session ends. */
	public Plug plug(String peer, OutputStream out) {
		return new Plug(new Session(peer, out, () -> { }));
	}

	/** The pty side of the line: see {@link ExclusiveLine}. */
	public final class Plug {
		private final Session session;

		private Plug(Session session) {
			this.session = session;
		}

		/** Someone typed on the plug: the bytes reach the device if the plug holds or can take the line. */
		public void typed(byte[] bytes, int length) {
			if (session.dead) {
				return;
			}
			if (!owner.isHeldBy(session) && !owner.tryTake(session, session.peer)) {
				if (containsLineEnd(bytes, length)) {
					session.tell(owner.refusal() + "; input ignored");
				}
				return;
			}
			deliver(session, bytes, length);
		}

		/** The session on the plug ended (the pty was closed): the line is free, and no longer dead for it. */
		public void sessionEnded() {
			session.dead = false;
			owner.release(session);
		}
	}

	/** Cuts whoever holds the line, as a dropped line does; the device keeps running. */
	public void hangUp() {
		Session session;
		synchronized (lock) {
			session = owner.owner().orElse(null);
			if (session == null) {
				return;
			}
			session.dead = true;
			typed.clear();
		}
		owner.release(session);
		session.hangUp.run();
	}

	private boolean deliver(Session session, byte[] bytes, int length) {
		synchronized (lock) {
			if (session.dead || !owner.isHeldBy(session)) {
				return false;
			}
			typed.write(bytes, 0, length);
			return true;
		}
	}

	private void runDevice(StreamService device) {
		while (!closed) {
			try {
				device.serve(typed.input(), toHolder);
				if (!closed) {
					log.accept(name + ": the device ended its session");
					hangUp();
					pause();
				}
			} catch (LineDropped e) {
				log.accept(name + ": " + e.getMessage());
				hangUp();
			} catch (IOException | RuntimeException e) {
				if (!closed) {
					log.accept(name + ": device failed, serving it again: " + e);
					hangUp();
					pause();
				}
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean containsLineEnd(byte[] bytes, int length) {
		for (int i = 0; i < length; i++) {
			if (bytes[i] == '\r' || bytes[i] == '\n') {
				return true;
			}
		}
		return false;
	}

	/** Stops the device (its input ends) and cuts the holder. */
	@Override
	public void close() {
		closed = true;
		hangUp();
		typed.close();
	}

	/** One session on the line. Compared by identity: two connections from one address are two sessions. */
	private static final class Session {
		final String peer;
		final OutputStream out;
		final Runnable hangUp;
		/** Set when the line dropped under the session: it gets nothing more until it ends. */
		volatile boolean dead;

		Session(String peer, OutputStream out, Runnable hangUp) {
			this.peer = peer;
			this.out = out;
			this.hangUp = hangUp;
		}

		void write(byte[] bytes) {
			write(bytes, 0, bytes.length);
		}

		void write(byte[] bytes, int offset, int length) {
			try {
				out.write(bytes, offset, length);
				out.flush();
			} catch (IOException e) {
				// the session's far end is going away; its own reader notices and ends it
			}
		}

		void tell(String line) {
			write(("\r\n" + line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		}
	}

	/** The device's output: to the session that holds the line, or nowhere. */
	private final class HolderOutput extends OutputStream {
		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			Session session = owner.owner().orElse(null);
			if (session != null && !session.dead) {
				session.write(bytes, offset, length);
			}
		}
	}
}
