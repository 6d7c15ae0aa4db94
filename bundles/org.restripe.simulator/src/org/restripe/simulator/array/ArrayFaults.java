package org.restripe.simulator.array;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Faults a test or a demo injects into an array's command line, each armed for the next command that
 * starts with a given text (e.g. "vol init"): such commands hang until released, the line drops halfway
 * through the reply, or the array answers with a device error. Line noise garbles output until cleared.
 * Disk failures are state, not line faults: see {@link StorageArray#failDisk(String)}.
 */
public final class ArrayFaults {
	private final Map<String, CountDownLatch> hangs = new ConcurrentHashMap<>();
	private final Map<String, Boolean> drops = new ConcurrentHashMap<>();
	private final Map<String, String> errors = new ConcurrentHashMap<>();
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
