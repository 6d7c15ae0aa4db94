package org.restripe.connect.modem;

import java.time.Duration;
import java.util.List;

/**
 * How a dialback call is made.
 *
 * @param siteNumber the site's dial-security modem, as written in the site (e.g. "+1 555 0100")
 * @param answerAfterRings the center's modem answers the call back by itself after this many rings (ATS0=n);
 *            0: it is answered with ATA on the first ring
 * @param callbackWindow how long to wait for the call back once the site hung up (the Courier waits about
 *            1.5 minutes before it dials)
 * @param connectTimeout how long a dial or an answer may take to CONNECT; the modem's S7 usually ends it first
 * @param promptTimeout how long the site may take to ask {@code Password>} or react to a password
 * @param commandTimeout how long the center's modem may take to answer a command
 * @param guardTime the silence before and after {@code +++} (the modem's S12 is 1 s by default)
 * @param extraInit commands sent after the standard initialisation, e.g. "ATS7=60" or a modem's own settings
 */
public record DialbackSettings(String siteNumber, int answerAfterRings, Duration callbackWindow,
		Duration connectTimeout, Duration promptTimeout, Duration commandTimeout, Duration guardTime,
		List<String> extraInit) {

	public DialbackSettings {
		if (siteNumber == null || siteNumber.chars().noneMatch(Character::isDigit)) {
			throw new IllegalArgumentException("The site's modem number '" + siteNumber + "' has no digits to dial");
		}
		if (!siteNumber.matches("[0-9+ ()\\-.,*#]+")) {
			throw new IllegalArgumentException("The site's modem number '" + siteNumber
					+ "' holds characters a modem cannot dial (only digits, spaces, + ( ) - . , * #)");
		}
		if (answerAfterRings < 0 || answerAfterRings > 255) {
			throw new IllegalArgumentException("Answer after " + answerAfterRings + " rings: the modem takes 0 to 255");
		}
		for (String command : extraInit) {
			if (!command.toUpperCase(java.util.Locale.ROOT).startsWith("AT") || command.indexOf('\r') >= 0
					|| command.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("Init command '" + command + "' must be one line starting with AT");
			}
		}
		extraInit = List.copyOf(extraInit);
	}

	/** Defaults for a real line: auto-answer on the first ring, 3 minutes for the call back, 90 s to connect. */
	public static DialbackSettings forSite(String siteNumber) {
		return new DialbackSettings(siteNumber, 1, Duration.ofMinutes(3), Duration.ofSeconds(90), Duration.ofSeconds(30),
				Duration.ofSeconds(5), Duration.ofMillis(1_200), List.of());
	}

	/** What the modem dials: the digits and the Hayes pause (,), star and hash, without + and separators. */
	public String dialString() {
		return siteNumber.replaceAll("[^0-9,*#]", "");
	}

	public DialbackSettings withAnswerAfterRings(int rings) {
		return new DialbackSettings(siteNumber, rings, callbackWindow, connectTimeout, promptTimeout, commandTimeout,
				guardTime, extraInit);
	}

	public DialbackSettings withCallbackWindow(Duration window) {
		return new DialbackSettings(siteNumber, answerAfterRings, window, connectTimeout, promptTimeout, commandTimeout,
				guardTime, extraInit);
	}

	public DialbackSettings withConnectTimeout(Duration timeout) {
		return new DialbackSettings(siteNumber, answerAfterRings, callbackWindow, timeout, promptTimeout, commandTimeout,
				guardTime, extraInit);
	}

	public DialbackSettings withCommandTimeout(Duration timeout) {
		return new DialbackSettings(siteNumber, answerAfterRings, callbackWindow, connectTimeout, promptTimeout, timeout,
				guardTime, extraInit);
	}

	public DialbackSettings withGuardTime(Duration guard) {
		return new DialbackSettings(siteNumber, answerAfterRings, callbackWindow, connectTimeout, promptTimeout,
				commandTimeout, guard, extraInit);
	}

	public DialbackSettings withExtraInit(String... commands) {
		return new DialbackSettings(siteNumber, answerAfterRings, callbackWindow, connectTimeout, promptTimeout,
				commandTimeout, guardTime, List.of(commands));
	}
}
