package org.restripe.connect.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.connect.ConsoleException;
import org.restripe.connect.RecordedLine;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.Transport;

/**
 * The storage management host's terminal server over one line (the dialled call, or telnet on a LAN link):
 * waits for its menu prompt, selects an array's console with its connect command, hands that console to the
 * caller as a {@link Transport}, and on the console's close types the escape character and waits for the menu
 * again, so the next array is reached in the same call. What the menu and the center say to each other is
 * recorded; what the console says is recorded by its console session.
 */
public final class TerminalServerMenu implements ConsoleAccess {
	private static final Duration POLL = Duration.ofMillis(100);

	private final Transport line;
	private final HostMenuDialect dialect;
	private final SessionRecording recording;
	private final Duration replyTimeout;
	private final RecordedLine talk;
	private final StringBuilder received;
	private AttachedConsole attached;

	private TerminalServerMenu(Transport line, HostMenuDialect dialect, SessionRecording recording,
			Duration replyTimeout) {
		this.line = line;
		this.dialect = dialect;
		this.recording = recording;
		this.replyTimeout = replyTimeout;
		this.talk = new RecordedLine(line, recording);
		this.received = talk.received();
	}

	/** Takes over {@code line} (closing the menu closes it) and waits for the menu's first prompt. */
	public static TerminalServerMenu attach(Transport line, HostMenuDialect dialect, SessionRecording recording,
			Duration replyTimeout) throws IOException {
		TerminalServerMenu menu = new TerminalServerMenu(line, dialect, recording, replyTimeout);
		menu.awaitPrompt("the terminal server's menu", true);
		return menu;
	}

	@Override
	public Transport open(String arrayName) throws IOException {
		if (attached != null) {
			attached.close();
		}
		received.setLength(0);
		type(String.format(dialect.connectCommand(), arrayName) + dialect.lineEnd());
		Pattern connected = Pattern.compile(dialect.connected(), Pattern.MULTILINE);
		Pattern refused = Pattern.compile(dialect.refused(), Pattern.MULTILINE);
		long deadline = System.nanoTime() + replyTimeout.toNanos();
		while (true) {
			String text = received.toString();
			Matcher ok = connected.matcher(text);
			if (ok.find() && text.indexOf('\n', ok.end()) >= 0) {
				// what follows the "connected" line is the console's first output, for its session to read
				byte[] rest = text.substring(text.indexOf('\n', ok.end()) + 1).getBytes(StandardCharsets.ISO_8859_1);
				received.setLength(0);
				attached = new AttachedConsole(arrayName, rest);
				return attached;
			}
			Matcher no = refused.matcher(text);
			if (no.find() || dialect.endsWithPrompt(received)) {
				throw new ConsoleException("The terminal server of " + line.describe() + " did not connect the console of "
						+ arrayName + ": " + (no.find(0) ? no.group().strip() : lastLine(text)));
			}
			if (!receive() && System.nanoTime() > deadline) {
				throw new ConsoleException("The terminal server of " + line.describe() + " did not answer 'connect "
						+ arrayName + "' within " + replyTimeout.toSeconds() + " s; last received: '" + lastLine(text) + "'");
			}
		}
	}

	@Override
	public String describe() {
		return "terminal server over " + line.describe();
	}

	@Override
	public void checkAlive() throws IOException {
		if (attached == null && receive(Duration.ofMillis(1))) {
			// the menu said something unasked; keep it for the record and the next reply
			return;
		}
	}

	/** Leaves the console attached now, if any, then the menu, and closes the line under it. */
	@Override
	public void close() throws IOException {
		try {
			if (attached != null) {
				attached.close();
			}
			type(dialect.quit() + dialect.lineEnd());
		} finally {
			line.close();
		}
	}

	private void awaitPrompt(String what, boolean nudge) throws IOException {
		long deadline = System.nanoTime() + replyTimeout.toNanos();
		long nudgeAt = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		while (!dialect.endsWithPrompt(received)) {
			if (receive()) {
				continue;
			}
			if (nudge && System.nanoTime() > nudgeAt) {
				// a menu that printed its prompt before we listened shows it again on Return
				nudge = false;
				type(dialect.lineEnd());
			}
			if (System.nanoTime() > deadline) {
				throw new ConsoleException("No prompt from " + what + " on " + line.describe() + " within "
						+ replyTimeout.toSeconds() + " s; last received: '" + lastLine(received) + "'");
			}
		}
		received.setLength(0);
	}

	private void type(String text) throws IOException {
		talk.type(text);
	}

	private boolean receive() throws IOException {
		return talk.receive(POLL);
	}

	private boolean receive(Duration wait) throws IOException {
		return talk.receive(wait);
	}

	private static String lastLine(CharSequence text) {
		return RecordedLine.lastLine(text);
	}

	/** The console selected in the menu, until its close escapes back to the menu. */
	private final class AttachedConsole implements Transport {
		private final String arrayName;
		private byte[] pending;
		private boolean closed;
		private final StringBuilder tail = new StringBuilder();
		private final Pattern lost = Pattern.compile(dialect.consoleLost());

		AttachedConsole(String arrayName, byte[] pending) {
			this.arrayName = arrayName;
			this.pending = pending;
		}

		@Override
		public void write(byte[] bytes) throws IOException {
			ensureOpen();
			line.write(bytes);
		}

		@Override
		public byte[] read(Duration timeout) throws IOException {
			ensureOpen();
			byte[] bytes;
			if (pending.length > 0) {
				bytes = pending;
				pending = new byte[0];
			} else {
				bytes = line.read(timeout);
			}
			watchForLoss(bytes);
			return bytes;
		}

		/** The menu says the console went away (kicked, or its line dropped): the session must not wait on. */
		private void watchForLoss(byte[] bytes) throws IOException {
			tail.append(new String(bytes, StandardCharsets.ISO_8859_1));
			if (tail.length() > 400) {
				tail.delete(0, tail.length() - 400);
			}
			Matcher notice = lost.matcher(tail);
			if (notice.find() && dialect.endsWithPrompt(tail)) {
				closed = true;
				attached = null;
				throw new ConsoleException("The terminal server on " + line.describe() + " lost the console of " + arrayName
						+ ": '" + notice.group().strip() + "'");
			}
		}

		private void ensureOpen() throws IOException {
			if (closed) {
				throw new IOException("The console of " + arrayName + " was left; connect it again");
			}
		}

		@Override
		public String describe() {
			return "console " + arrayName + " via " + line.describe();
		}

		@Override
		public void close() throws IOException {
			if (closed) {
				return;
			}
			closed = true;
			attached = null;
			byte[] escape = { (byte) dialect.escape() };
			recording.marker("escape to the terminal server menu");
			line.write(escape);
			received.setLength(0);
			awaitPrompt("the terminal server's menu after leaving " + arrayName, true);
			Arrays.fill(pending, (byte) 0);
		}
	}
}
