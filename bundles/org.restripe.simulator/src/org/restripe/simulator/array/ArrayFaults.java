package org.restripe.simulator.array;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults a test or a demo injects into an array's command line, each armed for the next command that
 * starts with a given text (e.g. "vol init"): such commands hang until released, the line drops halfway
 * through the reply, or the array answers with a device error. The line can also drop once a session has
 * run a number of commands. Line noise garbles output until cleared. Disk failures are state, not line
 * faults: see {@link StorageArray#failDisk(String)}.
 */
public final class ArrayFaults {
	/**
	 * The array's answer to a command its device failed, as {@link #errorOn(String)} prints it. Reconstructed and
	 * unverified: no captured T3 screen of a device error was at hand; it has the "Error: ..." form the driver refuses.
	 */
	public static final String DEVICE_ERROR = "Error: device busy (0x0a)";

	private final Map<String, CountDownLatch> hangs = new ConcurrentHashMap<>();
	private final Map<String, Boolean> drops = new ConcurrentHashMap<>();
	private final Map<String, String> errors = new ConcurrentHashMap<>();
	private final AtomicInteger dropAfter = new AtomicInteger();
	private final AtomicInteger sessionCommands = new AtomicInteger();
	private volatile double lineNoise;

	/** Commands starting with {@code prefix} print nothing and do not return until {@link #releaseHangs()}. */
	public void hangOn(String prefix) {
		hangs.put(prefix, new CountDownLatch(1));
	}

	/** Lets every hanging command finish. */
	public void releaseHangs() {
		hangs.values().forEach(CountDownLatch::countDown);
		hangs.clear();
	}

	/** The next command starting with {@code prefix} loses the line after half of its reply. */
	public void dropOn(String prefix) {
		drops.put(prefix, Boolean.TRUE);
	}

	/** The next command starting with {@code prefix} is not executed; the array prints {@code reply}. */
	public void errorOn(String prefix, String reply) {
		errors.put(prefix, reply);
	}

	/** The next command starting with {@code prefix} is not executed; the array prints {@link #DEVICE_ERROR}. */
	public void errorOn(String prefix) {
		errorOn(prefix, DEVICE_ERROR);
	}

	/**
	 * The first session (a connection to the console) in which the array runs {@code commands} commands
	 * loses its line right after the last one's reply, before the next prompt; the console stays logged in.
	 * A session already on the console counts from now.
	 */
	public void dropAfter(int commands) {
		if (commands < 1) {
			throw new IllegalArgumentException("a line drops after 1 command or more, not " + commands);
		}
		sessionCommands.set(0);
		dropAfter.set(commands);
	}

	/** Probability that each output byte is garbled; 0 clears the noise. */
	public void setLineNoise(double probability) {
		this.lineNoise = probability;
	}

	double lineNoise() {
		return lineNoise;
	}

	/** The latch a command must wait on, consumed; null if the command does not hang. */
	CountDownLatch takeHang(String command) {
		for (String prefix : hangs.keySet()) {
			if (command.startsWith(prefix)) {
				return hangs.get(prefix);
			}
		}
		return null;
	}

	/** A new session is on the console: its commands are counted from zero. */
	void sessionStarted() {
		sessionCommands.set(0);
	}

	/** Counts a command the session ran; true, once, when the line must drop after it. */
	boolean takeDropAfterCommand() {
		int ran = sessionCommands.incrementAndGet();
		int due = dropAfter.get();
		return due > 0 && ran >= due && dropAfter.compareAndSet(due, 0);
	}

	boolean takeDrop(String command) {
		return drops.keySet().removeIf(command::startsWith);
	}

	String takeError(String command) {
		for (Map.Entry<String, String> e : errors.entrySet()) {
			if (command.startsWith(e.getKey())) {
				errors.remove(e.getKey());
				return e.getValue();
			}
		}
		return null;
	}
}
