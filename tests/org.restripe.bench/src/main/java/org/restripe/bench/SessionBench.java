package org.restripe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.connect.ConsoleSession;
import org.restripe.connect.Credentials;
import org.restripe.connect.FileStepJournal;
import org.restripe.connect.ScriptOutcome;
import org.restripe.connect.ScriptRunner;
import org.restripe.connect.SerialTransport;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.Transport;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.t3.T3Driver;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.plan.kit.KitScript.KitStep;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.ArrayFaults;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.array.T3Console;
import org.restripe.simulator.line.PtyLine;

/**
 * Streams commands (default 1,000) to the simulator's T3 console on a socat pty opened through jssc at
 * 115200 baud, in four ways measured in the same rounds: a bare loop (write the line, read raw bytes until
 * the prompt: the wire plus the array's reply), the product's ConsoleSession with its SessionRecording, the
 * ScriptRunner over the same commands as kit steps (one command and its check each), and the ScriptRunner
 * as KitRun drives it (step journal forced to disk, a recording marker per step). Then the same four over a
 * {@link ReplayTransport} that hands the replies recorded over the pty back in 11-byte chunks, as a real
 * 115200 baud line would: the cost per chunk that the pty hides. Arguments: commands (a multiple of 10) and
 * rounds; the first round on each line warms up and is left out of the figures.
 */
public final class SessionBench {
	private static final int BAUD = 115_200;
	private static final int BITS_PER_BYTE = 10; // 8N1: start bit, 8 data bits, stop bit
	/** Bytes a 115200 baud line brings in one millisecond, SerialTransport's polling period. */
	private static final int CHUNK_AT_115200 = 11;
	private static final String PASSWORD = "secret";
	private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);
	private static final List<String> WAYS = List.of("bare loop", "ConsoleSession + recording",
			"ScriptRunner (memory journal)", "ScriptRunner as KitRun");

	private final ConsoleDialect dialect = new T3Driver().console();
	private final Path dir;
	private final String arrayName;
	private final List<String> lines;
	private final List<KitStep> steps;
	private Transport line;
	private BareConsole bare;
	private BareConsole.Traffic traffic;
	/** Numbers the recordings and journals, so that no run finds the journal of another. */
	private int runs;

	private SessionBench(Path dir, String arrayName, int commands) {
		this.dir = dir;
		this.arrayName = arrayName;
		this.lines = ConsoleMix.commands(commands);
		this.steps = ConsoleMix.steps(commands);
	}

	public static void main(String[] args) throws Exception {
		int commands = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
		StorageUnit t3a = EcoreUtil.copy(DemoSite.create().getSubsystems().get(0).getStorageUnits().get(0));
		T3Console console = new T3Console(new StorageArray(t3a, new SimulatedClock(1)), new ArrayFaults(), PASSWORD);
		Path dir = Files.createTempDirectory("session-bench");
		Queue<String> log = new ConcurrentLinkedQueue<>();
		try (PtyLine pty = new PtyLine(dir.resolve("ttyS0"), console::serve, log::add);
				SerialTransport serial = SerialTransport.open(pty.clientPath().toString(), BAUD)) {
			Bench.header("SessionBench: " + commands + " commands to " + t3a.getName() + ", " + rounds
					+ " rounds a line, round 1 warms up");
			SessionBench bench = new SessionBench(dir, t3a.getName(), commands);
			bench.measure(serial, rounds, "socat pty through jssc");
			ReplayTransport replay = new ReplayTransport(bench.lines, bench.bare.replies(), t3a.getName() + ":/:<1>",
					CHUNK_AT_115200);
			bench.measure(replay, rounds, "the replies recorded over the pty; nothing waits");
		} finally {
			log.forEach(System.out::println);
			deleteAll(dir);
		}
	}

	private void measure(Transport transport, int rounds, String what) throws Exception {
		line = transport;
		System.out.println("-- over " + transport.describe() + " (" + what + ")");
		logIn(); // later sessions find the console logged in and type Return for its prompt
		Map<String, List<Double>> perCommand = new LinkedHashMap<>();
		WAYS.forEach(w -> perCommand.put(w, new ArrayList<>()));
		for (int round = 1; round <= rounds; round++) {
			bare = new BareConsole(line, arrayName);
			var bareRun = Bench.time(() -> bare.run(lines));
			traffic = bareRun.value();
			double[] ms = { bareRun.millis(), sessionRun(), runnerRun(false), runnerRun(true) };
			StringBuilder report = new StringBuilder("round " + round + ":");
			for (int w = 0; w < WAYS.size(); w++) {
				report.append(String.format(Locale.ROOT, " %s %.0f ms;", WAYS.get(w), ms[w]));
				if (round > 1 || rounds == 1) {
					perCommand.get(WAYS.get(w)).add(ms[w] / lines.size());
				}
			}
			System.out.println(report);
		}
		summarise(perCommand);
	}

	private void summarise(Map<String, List<Double>> perCommand) {
		int commands = lines.size();
		double wireMs = (traffic.typed() + traffic.received()) * BITS_PER_BYTE * 1000.0 / BAUD / commands;
		System.out.printf(Locale.ROOT, "traffic a round: %d bytes typed, %d bytes received (%.1f + %.1f a command)%n",
				traffic.typed(), traffic.received(), (double) traffic.typed() / commands,
				(double) traffic.received() / commands);
		System.out.printf(Locale.ROOT,
				"wire limit at %d baud 8N1 (both ways, computed: a pty does not pace): %.3f ms a command%n", BAUD, wireMs);
		List<Double> bareTimes = perCommand.get(WAYS.get(0));
		for (String way : WAYS) {
			Spread.print(way + ": per command", Spread.of(perCommand.get(way)), "%.3f", "ms", null);
		}
		for (String way : WAYS.subList(1, WAYS.size())) {
			List<Double> overhead = new ArrayList<>();
			for (int i = 0; i < bareTimes.size(); i++) {
				overhead.add(perCommand.get(way).get(i) - bareTimes.get(i));
			}
			Spread.print(way + ": overhead over bare", Spread.of(overhead), "%.3f", "ms/cmd", "<= 5 ms");
		}
		for (String way : WAYS) {
			Spread.print(way + ": time / wire limit",
					Spread.of(perCommand.get(way).stream().map(t -> t / wireMs).toList()), "%.3f", "x", null);
		}
	}

	/** The first session: answers the login question (a Return typed now would race it). */
	private void logIn() throws IOException {
		try (SessionRecording recording = SessionRecording.start(dir.resolve("login-" + ++runs + ".cast"), "login")) {
			ConsoleSession.login(line, dialect, new Credentials("root", PASSWORD.toCharArray()), recording,
					REPLY_TIMEOUT);
		}
	}

	/**
	 * A session on the one open line, the console logged in already. Return is typed first so that it shows
	 * its prompt at once rather than after the session's nudge. The session is never closed: that would close
	 * the line.
	 */
	private ConsoleSession sessionOn(SessionRecording recording) throws IOException {
		line.write("\r".getBytes(StandardCharsets.ISO_8859_1));
		return ConsoleSession.login(line, dialect, new Credentials("root", PASSWORD.toCharArray()), recording,
				REPLY_TIMEOUT);
	}

	/** Milliseconds for the commands through ConsoleSession.run, login not counted. */
	private double sessionRun() throws Exception {
		try (SessionRecording recording = SessionRecording.start(dir.resolve("session-" + ++runs + ".cast"), "bench")) {
			ConsoleSession session = sessionOn(recording);
			return Bench.time(() -> {
				long replied = 0;
				for (String command : lines) {
					replied += session.run(command).length();
				}
				return replied;
			}).millis();
		}
	}

	/** Milliseconds for the steps through ScriptRunner, login not counted; as KitRun does it if {@code asKit}. */
	private double runnerRun(boolean asKit) throws Exception {
		String name = (asKit ? "kit-" : "runner-") + ++runs;
		try (SessionRecording recording = SessionRecording.start(dir.resolve(name + ".cast"), "bench");
				FileStepJournal journal = FileStepJournal.open(dir.resolve(name + ".journal"))) {
			ScriptRunner runner = new ScriptRunner(sessionOn(recording), dialect, arrayName, (array, step) -> true);
			if (asKit) {
				// what KitRun adds: the journal forced to disk twice a step, and a marker a step
				runner.journal(journal).listener((array, step, what) -> marker(recording,
						array + " step " + step.number() + " (" + step.summary() + "): " + what));
			}
			var run = Bench.time(() -> runner.runSteps(steps, new NullProgressMonitor()));
			ScriptOutcome outcome = run.value();
			if (!outcome.completed()) {
				throw new IllegalStateException("the runner did not complete: " + outcome);
			}
			return run.millis();
		}
	}

	private static void marker(SessionRecording recording, String text) {
		try {
			recording.marker(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteAll(Path dir) throws IOException {
		try (var files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
