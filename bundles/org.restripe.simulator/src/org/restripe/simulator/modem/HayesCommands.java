package org.restripe.simulator.modem;

/**
 * Parses what follows "AT": single-letter commands with an optional digit (E, V, Q, H, Z, A, O, X, L, M),
 * ampersand commands (&amp;F, &amp;W, &amp;C, &amp;D), S-registers (Sn=v, Sn?) and D with the rest of the
 * line as the number to dial.
 */
final class HayesCommands {
	enum Outcome {
		OK, ERROR, SILENT
	}

	private HayesCommands() {
	}

	static Outcome run(String upper, String original, HayesSettings settings, HayesModem modem) {
		int i = 0;
		while (i < upper.length()) {
			char c = upper.charAt(i++);
			int digitEnd = digits(upper, i);
			int value = digitEnd > i ? Integer.parseInt(upper.substring(i, digitEnd)) : 0;
			switch (c) {
			case ' ':
				continue;
			case 'D':
				modem.dial(original.substring(i).replaceFirst("^[TPtp]", "").trim());
				return Outcome.SILENT;
			case 'A':
				modem.answer();
				return Outcome.SILENT;
			case 'O':
				return modem.resume() ? Outcome.SILENT : Outcome.ERROR;
			case 'Z':
				modem.reset();
				break;
			case 'E':
				settings.echo = value != 0;
				break;
			case 'V':
				settings.verbose = value != 0;
				break;
			case 'Q':
				settings.quiet = value != 0;
				break;
			case 'H':
				modem.hangUp();
				break;
			case 'X', 'L', 'M', 'I':
				break;
			case '&':
				if (i >= upper.length() || !ampersand(upper.charAt(i++), settings, modem)) {
					return Outcome.ERROR;
				}
				digitEnd = digits(upper, i);
				break;
			case 'S':
				return register(upper, i, settings, modem);
			default:
				return Outcome.ERROR;
			}
			i = digitEnd;
		}
		return Outcome.OK;
	}

	private static boolean ampersand(char c, HayesSettings settings, HayesModem modem) {
		switch (c) {
		case 'F':
			modem.reset();
			return true;
		case 'W', 'C', 'D', 'K':
			return true;
		default:
			return false;
		}
	}

	/** Sn=v sets a register, Sn? prints it; the rest of the line may hold more commands. */
	private static Outcome register(String upper, int i, HayesSettings settings, HayesModem modem) {
		int end = digits(upper, i);
		if (end == i) {
			return Outcome.ERROR;
		}
		int register = Integer.parseInt(upper.substring(i, end));
		if (register >= settings.s.length || end >= upper.length()) {
			return Outcome.ERROR;
		}
		if (upper.charAt(end) == '?') {
			modem.printRegister(register);
			return run(upper.substring(end + 1), upper.substring(end + 1), settings, modem);
		}
		if (upper.charAt(end) != '=') {
			return Outcome.ERROR;
		}
		int valueEnd = digits(upper, end + 1);
		int value = valueEnd > end + 1 ? Integer.parseInt(upper.substring(end + 1, valueEnd)) : 0;
		if (value > 255) {
			return Outcome.ERROR;
		}
		settings.s[register] = value;
		return run(upper.substring(valueEnd), upper.substring(valueEnd), settings, modem);
	}

	private static int digits(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isDigit(text.charAt(i))) {
			i++;
		}
		return i;
	}
}
