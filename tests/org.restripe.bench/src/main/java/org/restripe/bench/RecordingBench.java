package org.restripe.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.restripe.connect.SessionRecording;

/**
 * The cost of one recorded event in SessionRecording (asciicast line, SHA-256 chain, both files flushed to
 * the operating system per event) for a 20-byte typed command, an 80-byte line and a 1 KB reply, against
 * baselines in the same rounds: a BufferedWriter writing the same asciicast line flushed per line without a
 * hash, the same unflushed, and the line built and chained by SHA-256 but not written. Arguments: events a round, rounds; the first
 * rounds warm up and are left out of the figures.
 */
public final class RecordingBench {
	private static final int WARM_UP = 3;
	/** 115200 baud 8N1: ten bits a byte. */
	private static final double BYTES_PER_SECOND_AT_115200 = 115_200 / 10.0;
	private static final List<String> WAYS = List.of("SessionRecording (chain + flush)",
			"BufferedWriter, flush per line", "BufferedWriter, no flush", "line + SHA-256 chain, nothing written");

	private final Path dir;
	private final int events;
	private final long startNanos = System.nanoTime();

	private RecordingBench(Path dir, int events) {
		this.dir = dir;
		this.events = events;
	}

	/** A chunk as the session records it: typed text is recorded as input, the array's bytes as output. */
	private record Chunk(String name, byte[] bytes, boolean typed) {
	}

	public static void main(String[] args) throws Exception {
		int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		Path dir = Files.createTempDirectory("recording-bench");
		Bench.header("RecordingBench: " + events + " events a round, " + rounds + " rounds, first " + WARM_UP
				+ " warm up; files in " + dir);
		RecordingBench bench = new RecordingBench(dir, events);
		try {
			for (Chunk chunk : chunks()) {
				bench.measure(chunk, rounds);
			}
		} finally {
			try (var files = Files.list(dir)) {
				for (Path p : files.toList()) {
					Files.delete(p);
				}
			}
			Files.delete(dir);
		}
	}

	private static List<Chunk> chunks() {
		String typed = "sys recon_rate high\r";
		String line = String.format("%-78s\r\n", "u1d1    disk drive           SEAGATE      ST336704FSUN A42D         13AE3E");
		StringBuilder reply = new StringBuilder();
		while (reply.length() < 1024) {
			reply.append(line);
		}
		reply.setLength(1024);
		return List.of(new Chunk("typed command", typed.getBytes(StandardCharsets.ISO_8859_1), true),
				new Chunk("line", line.getBytes(StandardCharsets.ISO_8859_1), false),
				new Chunk("reply", reply.toString().getBytes(StandardCharsets.ISO_8859_1), false));
	}

	private void measure(Chunk chunk, int rounds) throws Exception {
		System.out.println("-- " + chunk.bytes().length + "-byte " + chunk.name() + " (" + (chunk.typed() ? "input" : "output")
				+ " event)");
		Map<String, List<Double>> micros = new LinkedHashMap<>();
		WAYS.forEach(w -> micros.put(w, new ArrayList<>()));
		for (int round = 1; round <= rounds; round++) {
			double[] ms = { recording(chunk, round), writer(chunk, round, true), writer(chunk, round, false),
					chainAlone(chunk) };
			for (int w = 0; w < WAYS.size(); w++) {
				if (round > WARM_UP) {
					micros.get(WAYS.get(w)).add(ms[w] * 1000 / events);
				}
			}
		}
		Spread product = Spread.of(micros.get(WAYS.get(0)));
		for (String way : WAYS) {
			Spread spread = Spread.of(micros.get(way));
			Spread.print(way + ": per event", spread, "%.2f", "µs", null);
			System.out.printf(Locale.ROOT, "%-58s %,.0f events/s (median)%n", "", 1e6 / spread.median());
		}
		for (String way : WAYS.subList(1, WAYS.size())) {
			List<Double> ratio = new ArrayList<>();
			for (int i = 0; i < micros.get(way).size(); i++) {
				ratio.add(micros.get(WAYS.get(0)).get(i) / micros.get(way).get(i));
			}
			Spread.print("SessionRecording / " + way, Spread.of(ratio), "%.2f", "x", null);
		}
		double needed = BYTES_PER_SECOND_AT_115200 / chunk.bytes().length;
		System.out.printf(Locale.ROOT, "needed at 115200 baud, one event a chunk: %,.1f events/s; headroom %,.0fx%n",
				needed, 1e6 / product.median() / needed);
		System.out.printf(Locale.ROOT, "worst case, one event a byte at 115200 baud: %,.0f events/s; headroom %,.0fx%n",
				BYTES_PER_SECOND_AT_115200, 1e6 / product.median() / BYTES_PER_SECOND_AT_115200);
	}

	private double recording(Chunk chunk, int round) throws Exception {
		Path file = dir.resolve("recording-" + round + ".cast");
		String typed = new String(chunk.bytes(), StandardCharsets.ISO_8859_1);
		double ms;
		try (SessionRecording recording = SessionRecording.start(file, "bench")) {
			ms = Bench.time(() -> {
				for (int i = 0; i < events; i++) {
					if (chunk.typed()) {
						recording.input(typed);
					} else {
						recording.output(chunk.bytes());
					}
				}
				return null;
			}).millis();
		}
		Files.delete(file);
		Files.delete(SessionRecording.sidecarOf(file));
		return ms;
	}

	/** The same asciicast line, built the same way, written by a plain BufferedWriter: no hash, no sidecar. */
	private double writer(Chunk chunk, int round, boolean flush) throws Exception {
		Path file = dir.resolve("plain-" + round + ".cast");
		String code = chunk.typed() ? "i" : "o";
		double ms;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			ms = Bench.time(() -> {
				for (int i = 0; i < events; i++) {
					out.write(line(code, chunk.bytes()));
					out.write('\n');
					if (flush) {
						out.flush();
					}
				}
				return null;
			}).millis();
		}
		Files.delete(file);
		return ms;
	}

	/** Only the SHA-256 chain over the same lines (line built, hashed, hex spelled; nothing written). */
	private double chainAlone(Chunk chunk) throws Exception {
		String code = chunk.typed() ? "i" : "o";
		return Bench.time(() -> {
			byte[] head = new byte[32];
			for (int i = 0; i < events; i++) {
				MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
				sha256.update(head);
				sha256.update(line(code, chunk.bytes()).getBytes(StandardCharsets.UTF_8));
				head = sha256.digest();
				java.util.HexFormat.of().formatHex(head);
			}
			return head;
		}).millis();
	}

	/** {@code [SECONDS, "CODE", DATA]} as SessionRecording writes it. */
	private String line(String code, byte[] bytes) {
		return SessionRecording.eventLine(System.nanoTime() - startNanos, code, new String(bytes, StandardCharsets.ISO_8859_1));
	}
}
