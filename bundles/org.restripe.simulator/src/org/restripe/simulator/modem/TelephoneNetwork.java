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
		BUSY, NO_SUCH_NUMBER
	}

	private final Map<String, Phone> lines = new ConcurrentHashMap<>();
	private final Map<Phone, String> numbers = new ConcurrentHashMap<>();
	private final Map<Phone, Call> busy = new ConcurrentHashMap<>();

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

	/** Rings the phone at {@code number}; the returned failure is null when it rings. */
	public Failure dial(Phone caller, String number, Call[] placed) {
		Phone callee = lookUp(digits(number));
		if (callee == null) {
			return Failure.NO_SUCH_NUMBER;
		}
		Call call = new Call(caller, numbers.getOrDefault(caller, ""), callee);
		synchronized (this) {
			if (live(callee) || live(caller)) {
				return Failure.BUSY;
			}
			busy.put(callee, call);
			busy.put(caller, call);
		}
		placed[0] = call;
		callee.incoming(call);
		return null;
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
