package org.restripe.connect;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drops a line on which no byte went either way for the idle limit (10 minutes unless told otherwise), as
 * a terminal server's port timer would: it records a marker saying why, closes the line and makes every
 * later read or write fail with {@link LineIdleException}, so the runner can tell this end from others.
 *
 * <p>
 * A daemon thread wakes once per idle limit (no polling), so a line left open while an engineer thinks about
 * a confirmation is dropped too; a read or write that comes after the limit drops the line itself. The line
 * is closed only while no read or write is under way, and no read waits past the limit, so a serial port is
 * never closed under a thread that is using it.
 */
public final class InactivityTimer implements Transport {
	public static final Duration DEFAULT_IDLE_LIMIT = Duration.ofMinutes(10);
	/** How soon the timer looks again when a read or write is under way at the limit. */
	private static final long RECHECK_NANOS = Duration.ofMillis(100).toNanos();

	private final Transport line;
	private final SessionRecording recording;
	private final Duration idleLimit;
	private final long limitNanos;
	private final ScheduledExecutorService timer;
	private final Object state = new Object();
	private long lastByte;
	private int underWay;
	private boolean dropped;
	private boolean closed;
	private volatile IOException dropTrouble;

	public InactivityTimer(Transport line, SessionRecording recording) {
		this(line, recording, DEFAULT_IDLE_LIMIT);
	}

	public InactivityTimer(Transport line, SessionRecording recording, Duration idleLimit) {
		if (idleLimit.isNegative() || idleLimit.isZero()) {
			throw new IllegalArgumentException("The idle limit must be longer than zero, not " + idleLimit);
		}
		this.line = Objects.requireNonNull(line, "line");
		this.recording = Objects.requireNonNull(recording, "recording");
		this.idleLimit = idleLimit;
		this.limitNanos = idleLimit.toNanos();
		this.lastByte = System.nanoTime();
		this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "inactivity timer of " + line.describe());
			thread.setDaemon(true);
			return thread;
		});
		timer.schedule(this::check, limitNanos, TimeUnit.NANOSECONDS);
	}

	public Duration idleLimit() {
		return idleLimit;
	}

	/** Whether the timer has dropped the line. */
	public boolean dropped() {
		synchronized (state) {
			return dropped;
		}
	}

	@Override
	public void write(byte[] bytes) throws IOException {
		begin(bytes.length > 0);
		try {
			line.write(bytes);
		} catch (IOException e) {
			throw translated(e);
		} finally {
			end(bytes.length > 0);
		}
	}

	@Override
	public byte[] read(Duration timeout) throws IOException {
		long left = begin(false);
		byte[] bytes = null;
		try {
			// a read never outlasts the limit, so the line is free to be dropped when it runs out
			Duration untilIdle = Duration.ofNanos(left);
			bytes = line.read(timeout.compareTo(untilIdle) < 0 ? timeout : untilIdle);
			return bytes;
		} catch (IOException e) {
			throw translated(e);
		} finally {
			end(bytes != null && bytes.length > 0);
		}
	}

	/** Starts a read or write, or drops the line if it is idle; returns how long a read may wait. */
	private long begin(boolean sending) throws IOException {
		synchronized (state) {
			if (dropped) {
				throw idle(null);
			}
			long now = System.nanoTime();
			long left = lastByte + limitNanos - now;
			if (left <= 0 && underWay == 0 && !closed) {
				dropped = true;
			} else {
				underWay++;
				if (sending) {
					lastByte = now;
				}
				return left > 0 ? left : RECHECK_NANOS;
			}
		}
		dropLine();
		throw idle(null);
	}

	private void end(boolean bytesMoved) {
		synchronized (state) {
			underWay--;
			if (bytesMoved) {
				lastByte = System.nanoTime();
			}
		}
	}

	private void check() {
		synchronized (state) {
			if (dropped || closed) {
				return;
			}
			long idle = System.nanoTime() - lastByte;
			if (idle < limitNanos || underWay > 0) {
				timer.schedule(this::check, idle < limitNanos ? limitNanos - idle : RECHECK_NANOS, TimeUnit.NANOSECONDS);
				return;
			}
			dropped = true;
		}
		dropLine();
	}

	private void dropLine() {
		try {
			recording.marker("line idle for " + spoken(idleLimit) + ": dropped by the inactivity timer");
		} catch (IOException e) {
			dropTrouble = e;
		}
		try {
			line.close();
		} catch (IOException e) {
			// the line is dropped all the same; a close that fails has nothing left to lose
		}
		// a pending check would keep the timer's thread alive for up to a whole idle limit
		timer.shutdownNow();
	}

	private IOException translated(IOException e) {
		return dropped() ? idle(e) : e;
	}

	private LineIdleException idle(IOException cause) {
		LineIdleException idle = new LineIdleException("The line " + line.describe() + " was dropped by the inactivity"
				+ " timer: no byte went either way for " + spoken(idleLimit), idleLimit);
		if (cause != null) {
			idle.initCause(cause);
		}
		IOException trouble = dropTrouble;
		if (trouble != null) {
			idle.addSuppressed(trouble);
		}
		return idle;
	}

	/** E.g. "10 min", "90 s", "500 ms". */
	static String spoken(Duration d) {
		if (d.toSeconds() >= 60 && d.toSecondsPart() == 0 && d.toNanosPart() == 0) {
			return d.toMinutes() + " min";
		}
		return d.toNanosPart() == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
	}

	@Override
	public String describe() {
		return line.describe();
	}

	@Override
	public void close() throws IOException {
		boolean closeLine;
		synchronized (state) {
			if (closed) {
				return;
			}
			closed = true;
			closeLine = !dropped;
		}
		timer.shutdownNow();
		if (closeLine) {
			line.close();
		}
	}
}
