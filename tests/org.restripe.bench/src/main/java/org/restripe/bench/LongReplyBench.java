package org.restripe.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.restripe.connect.ConsoleSession;
import org.restripe.connect.Credentials;
import org.restripe.connect.SessionRecording;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.t3.T3Driver;

/**
 * The center's cost of one long reply reaching ConsoleSession (with its recording) in 11-byte chunks, as a
 * real 115200 baud line hands it over, from a {@link ReplayTransport} that does not wait: CPU only. Its
 * ratio to the reply's wire time says whether the session keeps up with the line (it must stay below 1).
 * Beside it, where that time goes: the dialect's prompt check after every chunk, once over all that was
 * received so far (as ConsoleSession does it now) and once over the last line only (a prompt never spans a
 * line end). Arguments: reply sizes in bytes (default 1024 4096 16384 65536).
 */
public final class LongReplyBench {
	private static final int CHUNK_AT_115200 = 11;
	private static final String PROMPT = "t3a:/:<2>";
	private static final String LINE = "u1d1    disk drive           SEAGATE      ST336704FSUN A42D         13AE3E\r\n";

	private LongReplyBench() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		for (String a : args) {
			sizes.add(Integer.parseInt(a));
		}
		if (sizes.isEmpty()) {
			sizes = List.of(1024, 4096, 16384, 65536);
		}
		Bench.header("LongReplyBench: one reply in " + CHUNK_AT_115200 + "-byte chunks through ConsoleSession");
		Path dir = Files.createTempDirectory("long-reply-bench");
		ConsoleDialect dialect = new T3Driver().console();
		for (int size : sizes) {
			Path cast = dir.resolve("reply-" + size + ".cast");
			try (SessionRecording recording = SessionRecording.start(cast, "bench")) {
				measure(size, dialect, recording);
			}
			Files.delete(cast);
			Files.delete(SessionRecording.sidecarOf(cast));
		}
		Files.delete(dir);
	}

	private static void measure(int size, ConsoleDialect dialect, SessionRecording recording) throws Exception {
		StringBuilder reply = new StringBuilder("fru list\r\n");
		while (reply.length() < size) {
			reply.append(LINE);
		}
		reply.setLength(size);
		reply.append("\r\n").append(PROMPT);
		ReplayTransport line = new ReplayTransport(List.of("fru list"),
				List.of(reply.toString().getBytes(StandardCharsets.ISO_8859_1)), PROMPT, CHUNK_AT_115200);
		line.write("\r".getBytes(StandardCharsets.ISO_8859_1));
		ConsoleSession session = ConsoleSession.login(line, dialect, new Credentials("root", "-".toCharArray()),
				recording, Duration.ofSeconds(10));
		int repeats = Math.max(3, 256 * 1024 / size);
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i <= repeats; i++) {
			double ms = Bench.time(() -> session.run("fru list")).millis();
			if (i > 0) { // the first warms up
				millis.add(ms);
			}
		}
		double wireMs = reply.length() * 10 * 1000.0 / 115_200;
		Spread cpu = Spread.of(millis);
		Spread.print(String.format(Locale.ROOT, "%,d-byte reply (%d chunks, %d repeats)", size,
				(reply.length() + CHUNK_AT_115200 - 1) / CHUNK_AT_115200, repeats), cpu, "%.2f", "ms", null);
		Spread.print(String.format(Locale.ROOT, "  / its wire time at 115200 baud (%.0f ms)", wireMs),
				new Spread(cpu.min() / wireMs, cpu.median() / wireMs, cpu.max() / wireMs), "%.3f", "x", "< 1");
		String text = reply.toString();
		Spread.print("  prompt checks over all received", promptChecks(text, dialect, repeats, false), "%.2f", "ms", null);
		Spread.print("  prompt checks over the last line", promptChecks(text, dialect, repeats, true), "%.2f", "ms", null);
	}

	/** Milliseconds of the dialect's prompt checks after every chunk of one reply, over all or the last line. */
	private static Spread promptChecks(String reply, ConsoleDialect dialect, int repeats, boolean lastLine)
			throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i <= repeats; i++) {
			double ms = Bench.time(() -> {
				StringBuilder received = new StringBuilder();
				boolean prompt = false;
				for (int at = 0; at < reply.length(); at += CHUNK_AT_115200) {
					received.append(reply, at, Math.min(at + CHUNK_AT_115200, reply.length()));
					prompt = dialect.endsWithPrompt(lastLine
							? received.subSequence(received.lastIndexOf("\n") + 1, received.length()) : received);
				}
				if (!prompt) {
					throw new IllegalStateException("the reply's prompt was not seen");
				}
				return prompt;
			}).millis();
			if (i > 0) {
				millis.add(ms);
			}
		}
		return Spread.of(millis);
	}
}
