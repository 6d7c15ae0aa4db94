package org.restripe.simulator.modem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.restripe.simulator.line.StreamService;

/**
 * A Hayes-compatible modem whose computer side (DTE) is a byte stream, e.g. the center's modem on a serial
 * pty: the AT command set, result codes (verbose or numeric), S-registers, ringing and answering, and the
 * {@code +++} escape with guard time. All state changes run on one modem thread, fed by one event queue (DTE
 * bytes, rings, carrier changes), so timing rules like the guard time are simple deadlines.
 * <p>
 * The simulator may serve the modem on several lines at once (its TCP port and its pty), yet a modem has
 * one serial port: one line owns it at a time. The first line to type takes it; another line that types
 * meanwhile is told the modem is in use and its input is ignored. The owner lets go when its stream ends
 * (a TCP client disconnects, as DTR drops, and its call is hung up), or, since a pty cannot tell when its
 * terminal closes, when it has left the modem idle (on hook, nothing typed) for {@link #RELEASE_GUARD_TIMES}
 * guard times.
 */
public final class HayesModem implements StreamService, Phone {
	/** How long an idle owner keeps the modem, in guard times: 10 s with real timings. */
	static final int RELEASE_GUARD_TIMES = 10;
	private static final byte[] IN_USE = "\r\nMODEM IN USE ON ANOTHER LINE\r\n".getBytes(StandardCharsets.US_ASCII);

	private final String number;
	private final TelephoneNetwork network;
	private final ModemTimings timings;
	private final Consumer<String> log;
	private final LinkedBlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
	private final HayesSettings settings = new HayesSettings();
	private final List<Dte> attached = new CopyOnWriteArrayList<>();
	private final AtomicInteger lines = new AtomicInteger();
	private boolean loopRunning;
	private Dte owner;
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

	/** One line a terminal reaches the modem on. */
	private static final class Dte {
		final String name;
		final OutputStream out;
		long lastByteNanos = System.nanoTime();

		Dte(String name, OutputStream out) {
			this.name = name;
			this.out = out;
		}
	}

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

	/** Serves one DTE line until its stream ends; if it owned the modem, an active call is hung up then. */
	@Override
	public void serve(InputStream in, OutputStream out) throws IOException {
		Dte dte = new Dte("line " + lines.incrementAndGet(), out);
		attach(dte);
		try {
			int b;
			while ((b = in.read()) >= 0) {
				int value = b;
				events.add(() -> fromDte(dte, value));
			}
		} catch (IOException e) {
			log.accept("modem " + number + ": DTE " + dte.name + " closed: " + e.getMessage());
		} finally {
			events.add(() -> detached(dte));
			synchronized (this) {
				attached.remove(dte);
			}
		}
	}

	private synchronized void attach(Dte dte) {
		attached.add(dte);
		if (!loopRunning) {
			loopRunning = true;
			Thread loop = new Thread(this::runEvents, "modem-" + TelephoneNetwork.digits(number));
			loop.setDaemon(true);
			loop.start();
		}
	}

	/** The modem thread: runs while any line is attached, and until the last line's end has been handled. */
	private void runEvents() {
		try {
			while (true) {
				Runnable event = events.poll(10, TimeUnit.MILLISECONDS);
				if (event != null) {
					event.run();
				}
				timers(System.nanoTime());
				synchronized (this) {
					if (attached.isEmpty() && events.isEmpty()) {
						loopRunning = false;
						return;
					}
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			synchronized (this) {
				loopRunning = false;
			}
		}
	}

	private void detached(Dte dte) {
		if (owner == dte) {
			owner = null;
			commandLine.setLength(0);
			hangUp();
		}
	}

	private void fromDte(Dte dte, int b) {
		if (owner == null) {
			owner = dte;
			commandLine.setLength(0);
		} else if (owner != dte) {
			if (b == '\r') {
				write(dte, IN_USE);
				log.accept("modem " + number + ": refused input on " + dte.name + ", in use on " + owner.name);
			}
			return;
		}
		long now = System.nanoTime();
		long silence = now - lastDteByteNanos;
		lastDteByteNanos = now;
		dte.lastByteNanos = now;
		if (online) {
			lastTrafficNanos = now;
			trackEscape(b, silence, now);
			sendToLine(b);
			return;
		}
		if (dialling() && b != '\n') {
			// any key aborts a dial in progress, as on every Hayes modem
			hangUp();
			result(Result.NO_CARRIER);
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

	private boolean dialling() {
		return call != null && !call.isConnected() && !call.isEnded();
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
		if (dialling() && carrierDeadlineNanos > 0 && now >= carrierDeadlineNanos) {
			// the far end rang for all of S7 without picking up
			carrierDeadlineNanos = 0;
			hangUp();
			result(Result.NO_ANSWER);
		}
		int inactivity = settings.s[30];
		if (online && inactivity > 0 && now - lastTrafficNanos >= inactivity * 10L * timings.second().toNanos()) {
			hangUp();
			result(Result.NO_CARRIER);
		}
		releaseIdleOwner(now);
	}

	/** A pty cannot say that its terminal went away: an owner that leaves the modem idle lets it go. */
	private void releaseIdleOwner(long now) {
		if (owner != null && call == null && ringing == null && !online
				&& now - owner.lastByteNanos >= RELEASE_GUARD_TIMES * timings.guardTime().toNanos()) {
			owner = null;
			commandLine.setLength(0);
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

	/** ATD: dials; the result (CONNECT, BUSY, NO ANSWER, ...) follows when the line says so. */
	void dial(String dialString) {
		Call[] placed = new Call[1];
		TelephoneNetwork.Failure failure = network.dial(this, dialString, placed);
		if (failure != null) {
			log.accept("modem " + number + ": dialling " + dialString + ": " + failure);
			result(switch (failure) {
			case BUSY -> Result.BUSY;
			case NO_DIALTONE -> Result.NO_DIALTONE;
			case NO_SUCH_NUMBER -> Result.NO_CARRIER;
			});
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

	/** To the owning line; with no owner (a call rings in while nobody has typed) every attached line hears it. */
	private void writeDte(byte[] bytes) {
		if (owner != null) {
			write(owner, bytes);
		} else {
			attached.forEach(dte -> write(dte, bytes));
		}
	}

	private void write(Dte dte, byte[] bytes) {
		try {
			dte.out.write(bytes);
			dte.out.flush();
		} catch (IOException e) {
			log.accept("modem " + number + ": write to DTE " + dte.name + " failed: " + e.getMessage());
		}
	}

	/** Result codes with their verbose and numeric forms (ATV1 / ATV0). */
	enum Result {
		OK("OK", 0), CONNECT("CONNECT 33600", 1), RING("RING", 2), NO_CARRIER("NO CARRIER", 3), ERROR("ERROR", 4),
		NO_DIALTONE("NO DIALTONE", 6), BUSY("BUSY", 7), NO_ANSWER("NO ANSWER", 8);

		final String verbose;
		final int numeric;

		Result(String verbose, int numeric) {
			this.verbose = verbose;
			this.numeric = numeric;
		}
	}
}
