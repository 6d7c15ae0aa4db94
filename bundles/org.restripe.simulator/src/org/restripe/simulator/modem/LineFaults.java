package org.restripe.simulator.modem;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What can go wrong on the telephone lines, for tests and demos: a line unplugged from its modem, a line
 * that is engaged, a phone that rings unanswered, and a call dropped in the middle. Faults are set per
 * number (any spelling, compared by digits) and hold until cleared; {@link #dropCall} is a one-off event.
 * Reached as {@code SimulatedSite.network().faults()}.
 */
public final class LineFaults {
	/** A standing fault of one line. */
	public enum LineFault {
		/** The line is unplugged from its modem: dialling from it gives NO DIALTONE; calls to it ring unanswered. */
		UNPLUGGED,
		/** The line is engaged: calls to it give BUSY. */
		BUSY,
		/** The phone at the number rings but nobody (no modem) picks up: callers see NO ANSWER after S7. */
		NO_ANSWER
	}

	private final TelephoneNetwork network;
	private final Map<String, Set<LineFault>> faults = new ConcurrentHashMap<>();

	LineFaults(TelephoneNetwork network) {
		this.network = network;
	}

	public void set(String number, LineFault fault) {
		faults.computeIfAbsent(TelephoneNetwork.digits(number), n -> ConcurrentHashMap.newKeySet()).add(fault);
	}

	public void clear(String number, LineFault fault) {
		Set<LineFault> set = faults.get(TelephoneNetwork.digits(number));
		if (set != null) {
			set.remove(fault);
		}
	}

	/** Every fault of every line cleared. */
	public void clearAll() {
		faults.clear();
	}

	/** The modem at {@code number} loses its telephone cable: no dial tone. */
	public void unplug(String number) {
		set(number, LineFault.UNPLUGGED);
	}

	/** The line at {@code number} is engaged, as when someone is on the phone at the site. */
	public void busy(String number) {
		set(number, LineFault.BUSY);
	}

	/** The modem at {@code number} does not pick up (switched off, auto-answer off). */
	public void noAnswer(String number) {
		set(number, LineFault.NO_ANSWER);
	}

	/**
	 * The exchange drops the live call of {@code number} now, as a bad line does: both modems lose carrier.
	 *
	 * @return whether there was a call to drop
	 */
	public boolean dropCall(String number) {
		return network.dropCall(number);
	}

	boolean has(String digits, LineFault fault) {
		Set<LineFault> set = faults.get(digits);
		return set != null && set.contains(fault);
	}
}
