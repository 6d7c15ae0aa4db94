package org.restripe.simulator.modem;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public telephone network between the center and the client site, as an in-process switch: phones
 * register their numbers, a dial rings the phone at the number. Numbers compare by their digits only, so
 * "+1 555 0100" and "15550100" are the same line, and a local call may leave out the country code.
 */
public final class TelephoneNetwork {
	/** Why a dial did not ring anything. */
	public enum Failure {
		BUSY, NO_SUCH_NUMBER, NO_DIALTONE
	}

	private final Map<String, Phone> lines = new ConcurrentHashMap<>();
	private final Map<Phone, String> numbers = new ConcurrentHashMap<>();
	private final Map<Phone, Call> busy = new ConcurrentHashMap<>();
	private final LineFaults faults = new LineFaults(this);

	/** The faults of the lines, for tests and demos: unplugged, engaged, unanswered, dropped calls. */
	public LineFaults faults() {
		return faults;
	}

	public void connect(String number, Phone phone) {
		lines.put(digits(number), phone);
		numbers.put(phone, digits(number));
	}

	public void disconnect(Phone phone) {
		String number = numbers.remove(phone);
		if (number != null) {
			lines.remove(number);
		}
	}

	/**
	 * Rings the phone at {@code number}; the returned failure is null when it rings. A phone that does not
	 * pick up ({@link LineFaults.LineFault#NO_ANSWER}, unplugged) is still rung: the caller hears it ring and
	 * gives up by itself.
	 */
	public Failure dial(Phone caller, String number, Call[] placed) {
		String callerNumber = numbers.getOrDefault(caller, "");
		if (faults.has(callerNumber, LineFaults.LineFault.UNPLUGGED)) {
			return Failure.NO_DIALTONE;
		}
		Phone callee = lookUp(digits(number));
		if (callee == null) {
			return Failure.NO_SUCH_NUMBER;
		}
		String calleeNumber = numbers.getOrDefault(callee, "");
		if (faults.has(calleeNumber, LineFaults.LineFault.BUSY)) {
			return Failure.BUSY;
		}
		boolean picksUp = !faults.has(calleeNumber, LineFaults.LineFault.NO_ANSWER)
				&& !faults.has(calleeNumber, LineFaults.LineFault.UNPLUGGED);
		Call call = new Call(caller, callerNumber, callee, picksUp);
		synchronized (this) {
			if (live(callee) || live(caller)) {
				return Failure.BUSY;
			}
			busy.put(callee, call);
			busy.put(caller, call);
		}
		placed[0] = call;
		if (picksUp) {
			callee.incoming(call);
		}
		return null;
	}

	/** Drops the live call of the line at {@code number}, as the exchange does on a bad line. */
	boolean dropCall(String number) {
		Phone phone = lines.get(digits(number));
		Call call = phone == null ? null : busy.get(phone);
		if (call == null || call.isEnded()) {
			return false;
		}
		call.drop();
		return true;
	}

	/** Whether the line at {@code number} is in a call (ringing or connected): off hook, in the engineer's words. */
	public boolean inCall(String number) {
		Phone phone = lines.get(digits(number));
		return phone != null && live(phone);
	}

	/** The exact number, or else the one line whose number ends with the dialled digits (a local call). */
	private Phone lookUp(String dialled) {
		Phone exact = lines.get(dialled);
		if (exact != null || dialled.length() < 7) {
			return exact;
		}
		List<Phone> local = lines.entrySet().stream().filter(e -> e.getKey().endsWith(dialled)).map(Map.Entry::getValue)
				.toList();
		return local.size() == 1 ? local.get(0) : null;
	}

	private boolean live(Phone phone) {
		Call call = busy.get(phone);
		return call != null && !call.isEnded();
	}

	static String digits(String number) {
		return number.replaceAll("[^0-9]", "");
	}
}
