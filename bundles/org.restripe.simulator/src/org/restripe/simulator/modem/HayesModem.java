package org.restripe.simulator.modem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.restripe.simulator.line.StreamService;

/**
 * A Hayes-compatible modem whose computer side (DTE) is a byte stream, e.g. the center's modem on a serial
 * pty: the AT command set, result codes (verbose or numeric), S-registers, ringing and answering, and the
 * {@code +++} escape with guard time. All state changes run on the thread serving the DTE, fed by one event
 * queue (DTE bytes, rings, carrier changes), so timing rules like the guard time are simple deadlines.
 */
public final class HayesModem implements StreamService, Phone {
	private final String number;
	private final TelephoneNetwork network;
	private final ModemTimings timings;
	private final Consumer<String> log;
	private final LinkedBlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
	private final HayesSettings settings = new HayesSettings();
	private OutputStream dte;
	private final StringBuilder commandLine = new StringBuilder();
	private Call call;
	private Call ringing;
	private boolean online;
	private int rings;
	private long nextRingNanos;
	private long carrierDeadlineNanos;
	private long lastDteByteNanos;
	private long lastTrafficNanos;
	private int escapePluses;
	private long escapeDeadlineNanos;

	public HayesModem(String number, TelephoneNetwork network, ModemTimings timings, Consumer<String> log) {
		this.number = number;
		this.network = network;
		this.timings = timings;
		this.log = log;
		network.connect(number, this);
	}

	public String number() {
		return number;
	}

	/** Serves the DTE until its stream ends; an active call is hung up then, as when DTR drops. */
	@Override
	public void serve(InputStream in, OutputStream out) throws IOException {
		synchronized (this) {
			dte = out;
		}
		Thread reader = new Thread(() -> readDte(in), "modem-" + TelephoneNetwork.digits(number) + "-dte");
		reader.setDaemon(true);
		reader.start();
		lastDteByteNanos = System.nanoTime();
		try {
			while (true) {
				Runnable event = events.poll(10, TimeUnit.MILLISECONDS);
				if (event == END) {
					return;
				}
				if (event != null) {
					event.run();
				}
				timers(System.nanoTime());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			hangUp();
		}
	}

	private static final Runnable END = () -> { };

	private void readDte(InputStream in) {
		try {
			int b;
			while ((b = in.read()) >= 0) {
				int value = b;
				events.add(() -> fromDte(value));
			}
		} catch (IOException e) {
			log.accept("modem " + number + ": DTE line closed: " + e.getMessage());
		}
		events.add(END);
	}

	private void fromDte(int b) {
		long now = System.nanoTime();
		long silence = now - lastDteByteNanos;
		lastDteByteNanos = now;
		if (online) {
			lastTrafficNanos = now;
			trackEscape(b, silence, now);
			sendToLine(b);
			return;
		}
		if (settings.echo) {
			writeDte(new byte[] { (byte) b });
		}
		if (b == '\r' || b == '\n') {
			String line = commandLine.toString().trim();
			commandLine.setLength(0);
			if (!line.isEmpty()) {
				command(line);
			}
		} else if (b == 8 || b == 127) {
			commandLine.setLength(Math.max(0, commandLine.length() - 1));
		} else {
			commandLine.append((char) b);
		}
	}

	/** +++ counts only with guard time of silence before it; the silence after it is checked in timers. */
	private void trackEscape(int b, long silenceBefore, long now) {
		long guard = timings.guardTime().toNanos();
		if (b == '+' && (escapePluses > 0 || silenceBefore >= guard) && escapePluses < 3) {
			escapePluses++;
			if (escapePluses == 3) {
				escapeDeadlineNanos = now + guard;
			}
		} else {
			escapePluses = 0;
		}
	}

	private void sendToLine(int b) {
		try {
			call.output(this).write(b);
		} catch (IOException e) {
			log.accept("modem " + number + ": write after carrier loss: " + e.getMessage());
		}
	}

	private void timers(long now) {
		if (online && escapePluses == 3 && now >= escapeDeadlineNanos) {
			escapePluses = 0;
			online = false;
			result(Result.OK);
		}
		if (ringing != null && !ringing.isEnded() && now >= nextRingNanos) {
			ring(now);
		}
		if (call != null && !call.isConnected() && !call.isEnded() && carrierDeadlineNanos > 0 && now >= carrierDeadlineNanos) {
			carrierDeadlineNanos = 0;
			hangUp();
			result(Result.NO_CARRIER);
		}
		int inactivity = settings.s[30];
		if (online && inactivity > 0 && now - lastTrafficNanos >= inactivity * 10L * timings.second().toNanos()) {
			hangUp();
			result(Result.NO_CARRIER);
		}
	}

	private void ring(long now) {
		rings++;
		settings.s[1] = rings;
		nextRingNanos = now + timings.ringInterval().toNanos();
		result(Result.RING);
		if (settings.s[0] > 0 && rings >= settings.s[0]) {
			answer();
		}
	}

	/** Runs one AT command line; several commands may follow one AT, e.g. ATE0V1S0=1. */
	private void command(String line) {
		String upper = line.toUpperCase();
		if (upper.equals("A/")) {
			upper = settings.lastCommand;
		}
		if (!upper.startsWith("AT")) {
			result(Result.ERROR);
			return;
		}
		settings.lastCommand = upper;
		HayesCommands.Outcome outcome = HayesCommands.run(upper.substring(2), line.substring(2), settings, this);
		if (outcome != HayesCommands.Outcome.SILENT) {
			result(outcome == HayesCommands.Outcome.OK ? Result.OK : Result.ERROR);
		}
	}

	/** ATD: dials; the result (CONNECT, BUSY, NO CARRIER) follows when the line says so. */
	void dial(String dialString) {
		Call[] placed = new Call[1];
		TelephoneNetwork.Failure failure = network.dial(this, dialString, placed);
		if (failure == TelephoneNetwork.Failure.BUSY) {
			result(Result.BUSY);
			return;
		}
		if (failure == TelephoneNetwork.Failure.NO_SUCH_NUMBER) {
			result(Result.NO_CARRIER);
			return;
		}
		call = placed[0];
		carrierDeadlineNanos = System.nanoTime() + settings.s[7] * timings.second().toNanos();
		log.accept("modem " + number + ": dialling " + dialString);
	}

	/** ATA: answers a ringing call; without one, there is no carrier to find. */
	void answer() {
		if (ringing == null || ringing.isEnded()) {
			result(Result.NO_CARRIER);
			return;
		}
		call = ringing;
		ringing = null;
		call.answer();
		goOnline();
	}

	/** ATO: back to the call after +++. */
	boolean resume() {
		if (call == null || !call.isConnected()) {
			return false;
		}
		online = true;
		result(Result.CONNECT);
		return true;
	}

	void hangUp() {
		online = false;
		escapePluses = 0;
		if (call != null) {
			Call ending = call;
			call = null;
			ending.hangUp(this);
		}
	}

	/** ATZ / AT&amp;F: settings back to their defaults (a live call is dropped, as on a real reset). */
	void reset() {
		hangUp();
		settings.reset();
	}

	void printRegister(int register) {
		writeDte(("\r\n" + String.format("%03d", settings.s[register]) + "\r\n").getBytes(StandardCharsets.US_ASCII));
	}

	private void goOnline() {
		online = true;
		lastTrafficNanos = System.nanoTime();
		result(Result.CONNECT);
		Call active = call;
		Thread copier = new Thread(() -> copyFromLine(active), "modem-" + TelephoneNetwork.digits(number) + "-line");
		copier.setDaemon(true);
		copier.start();
	}

	private void copyFromLine(Call active) {
		try {
			InputStream in = active.input(this);
			byte[] buffer = new byte[1024];
			int n;
			while ((n = in.read(buffer)) >= 0) {
				byte[] chunk = java.util.Arrays.copyOf(buffer, n);
				events.add(() -> {
					if (online && call == active) {
						lastTrafficNanos = System.nanoTime();
						writeDte(chunk);
					}
				});
			}
		} catch (IOException e) {
			log.accept("modem " + number + ": line read failed: " + e.getMessage());
		}
	}

	@Override
	public void incoming(Call incoming) {
		events.add(() -> {
			ringing = incoming;
			rings = 0;
			nextRingNanos = System.nanoTime();
		});
	}

	@Override
	public void answered(Call answered) {
		events.add(() -> {
			if (answered == call) {
				carrierDeadlineNanos = 0;
				goOnline();
			}
		});
	}

	@Override
	public void hungUp(Call ended) {
		events.add(() -> {
			if (ended == ringing) {
				ringing = null;
			}
			if (ended == call) {
				call = null;
				online = false;
				result(Result.NO_CARRIER);
			}
		});
	}

	private void result(Result result) {
		if (settings.quiet) {
			return;
		}
		String text = settings.verbose ? "\r\n" + result.verbose + "\r\n" : result.numeric + "\r";
		writeDte(text.getBytes(StandardCharsets.US_ASCII));
	}

	private synchronized void writeDte(byte[] bytes) {
		try {
			dte.write(bytes);
			dte.flush();
		} catch (IOException e) {
			log.accept("modem " + number + ": DTE write failed: " + e.getMessage());
		}
	}

	/** Result codes with their verbose and numeric forms (ATV1 / ATV0). */
	enum Result {
		OK("OK", 0), CONNECT("CONNECT 33600", 1), RING("RING", 2), NO_CARRIER("NO CARRIER", 3), ERROR("ERROR", 4),
		BUSY("BUSY", 7);

		final String verbose;
		final int numeric;

		Result(String verbose, int numeric) {
			this.verbose = verbose;
			this.numeric = numeric;
		}
	}
}
