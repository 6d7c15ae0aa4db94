package org.restripe.connect.modem;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.Transport;
import org.restripe.connect.modem.ModemResult.Code;

/**
 * The center's Hayes modem, driven over its serial line (or the simulator's TCP port): initialises it,
 * types AT commands and reads their result codes, dials, answers and hangs up. Every wait honours the
 * engineer's Cancel within {@link #POLL}. What is typed and received goes to the session recording, a
 * password as a marker only.
 */
public final class CenterModem {
	/** How often a wait looks at the monitor: Cancel is honoured this fast. */
	static final Duration POLL = Duration.ofMillis(50);

	private final Transport line;
	private final Duration guardTime;
	private final SessionRecording recording;
	private final ModemResultReader reader = new ModemResultReader();

	/** What a wait heard: a result code, the prompt it watched for, or nothing in time. */
	public record Reply(ModemResult result, boolean prompted) {
		static final Reply PROMPTED = new Reply(null, true);
		static final Reply TIMED_OUT = new Reply(null, false);

		public boolean timedOut() {
			return result == null && !prompted;
		}

		public boolean is(Code code) {
			return result != null && result.code() == code;
		}
	}

	/**
	 * @param guardTime the silence kept before and after {@code +++}; longer than the modem's S12 (1 s by default)
	 * @param recording where the modem dialogue is recorded; null for none
	 */
	public CenterModem(Transport line, Duration guardTime, SessionRecording recording) {
		this.line = line;
		this.guardTime = guardTime;
		this.recording = recording;
	}

	public Transport line() {
		return line;
	}

	public String describe() {
		return line.describe();
	}

	/**
	 * Resets the modem and sets what a dialback needs: no echo, verbose results, auto-answer after
	 * {@code answerAfterRings} rings (0: answered with ATA), DCD following carrier; then {@code extra}.
	 *
	 * @throws ModemException naming the command the modem refused or did not answer
	 */
	public void initialise(int answerAfterRings, List<String> extra, Duration timeout, IProgressMonitor monitor)
			throws IOException {
		probe(timeout, monitor);
		expectOk("ATZ", timeout, monitor);
		expectOk("ATE0V1", timeout, monitor);
		reader.acceptNumericCodes(false);
		expectOk("ATS0=" + answerAfterRings, timeout, monitor);
		expectOk("AT&C1", timeout, monitor);
		for (String command : extra) {
			expectOk(command, timeout, monitor);
		}
	}

	/** A first AT: a modem left online from an earlier session does not answer it, so escape and hang up. */
	private void probe(Duration timeout, IProgressMonitor monitor) throws IOException {
		drain();
		type("AT\r");
		if (awaitResult(timeout, monitor).timedOut()) {
			escape(monitor);
			type("ATH\r");
			awaitResult(timeout, monitor);
		}
	}

	private void expectOk(String command, Duration timeout, IProgressMonitor monitor) throws IOException {
		ModemResult result = command(command, timeout, monitor);
		if (result.code() != Code.OK) {
			throw new ModemException(command, result, describe() + " answered " + result + " to '" + command + "'");
		}
	}

	/**
	 * Types one command line and returns its final result code (unsolicited RINGs are skipped).
	 *
	 * @throws ModemException when the modem says nothing within {@code timeout}
	 */
	public ModemResult command(String command, Duration timeout, IProgressMonitor monitor) throws IOException {
		type(command + "\r");
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Reply reply = awaitResult(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), monitor);
			if (reply.timedOut()) {
				throw new ModemException(command, null, describe() + " did not answer '" + command + "' within "
						+ timeout.toSeconds() + " s; check that the modem is switched on and its cable");
			}
			if (!reply.is(Code.RING)) {
				return reply.result();
			}
		}
	}

	/** The next result code within {@code timeout}; text lines are skipped. */
	public Reply awaitResult(Duration timeout, IProgressMonitor monitor) throws IOException {
		return await(null, timeout, monitor);
	}

	/**
	 * Waits for a result code, or for the far end to show {@code prompt} (as the last, unfinished line), which
	 * is then taken as answered. Text lines are skipped.
	 */
	public Reply await(String prompt, Duration timeout, IProgressMonitor monitor) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<ModemResultReader.Line> next;
			while ((next = reader.next()).isPresent()) {
				record();
				if (next.get().isResult()) {
					return new Reply(next.get().result(), false);
				}
				if (prompt != null && next.get().text().endsWith(prompt)) {
					return Reply.PROMPTED;
				}
			}
			record();
			if (prompt != null && reader.partial().endsWith(prompt)) {
				reader.discardPartial();
				record();
				return Reply.PROMPTED;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return Reply.TIMED_OUT;
			}
			receive(Duration.ofNanos(Math.min(left, POLL.toNanos())), monitor);
		}
	}

	/** Dials with tone; the result (CONNECT, BUSY, NO ANSWER, ...) is awaited by the caller. */
	public void dial(String dialString) throws IOException {
		type("ATDT" + dialString + "\r");
	}

	/** Types a key while the modem dials or answers, which aborts it, and waits briefly for its result. */
	public void abort(Duration timeout, IProgressMonitor monitor) throws IOException {
		type("\r");
		awaitResult(timeout, monitor);
	}

	/**
	 * From the data connection back to command mode: guard time of silence, {@code +++}, guard time.
	 *
	 * @return whether the modem confirmed with OK (it may also have lost carrier meanwhile)
	 */
	public boolean escape(IProgressMonitor monitor) throws IOException {
		pause(guardTime);
		type("+++");
		pause(guardTime);
		return awaitResult(guardTime.plusSeconds(2), monitor).is(Code.OK);
	}

	/** Types a password followed by Return; the recording shows only that a secret was typed. */
	public void typeSecret(char[] password) throws IOException {
		byte[] encoded = StandardCharsets.ISO_8859_1.encode(CharBuffer.wrap(password)).array();
		byte[] bytes = Arrays.copyOf(encoded, password.length);
		try {
			line.write(bytes);
			recordSecret("dialback password");
		} finally {
			Arrays.fill(encoded, (byte) 0);
			Arrays.fill(bytes, (byte) 0);
		}
		type("\r");
	}

	/** The bytes received after the last line read: the first data of a connection just made. */
	byte[] takeData() {
		return reader.takeRemainder();
	}

	void type(String text) throws IOException {
		line.write(text.getBytes(StandardCharsets.ISO_8859_1));
		if (recording != null) {
			recording.input(text);
		}
	}

	/** The one place a secret reaches the recording: as a marker, never in clear. */
	private void recordSecret(String what) throws IOException {
		if (recording != null) {
			recording.secret(what);
		}
	}

	/** Discards (into the recording) what arrived before a new command, so an old reply cannot answer it. */
	private void drain() throws IOException {
		record();
		recordOutput(reader.takeRemainder());
		byte[] stale;
		while ((stale = line.read(Duration.ofMillis(20))).length > 0) {
			recordOutput(stale);
		}
	}

	private void receive(Duration wait, IProgressMonitor monitor) throws IOException {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		byte[] bytes = line.read(wait);
		reader.feed(bytes);
	}

	/** Records what the reader has read, as it reads it, so the data after a CONNECT is left to the session. */
	private void record() throws IOException {
		recordOutput(reader.takeConsumed());
	}

	private void recordOutput(byte[] bytes) throws IOException {
		if (recording != null && bytes.length > 0) {
			recording.output(bytes);
		}
	}

	private static void pause(Duration duration) throws InterruptedIOException {
		try {
			Thread.sleep(duration.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted during the modem's guard time");
		}
	}
}
