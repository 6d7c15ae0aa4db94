package org.restripe.connect.modem;

import java.nio.charset.StandardCharsets;

/**
 * Finds the modem's report of a lost carrier in the data stream of a connection: a line holding exactly
 * {@code NO CARRIER}, as a verbose modem prints it when the far end hangs up. Reads may split it anywhere;
 * the end of the previous reads is kept to find it all the same. Text that merely contains the words (an
 * array printing "NO CARRIER on port 2") is data.
 */
final class CarrierWatch {
	static final String NO_CARRIER = "NO CARRIER";
	/** The line end before, the words, and one character more than needed. */
	private static final int TAIL = NO_CARRIER.length() + 2;

	private String tail = "\n";
	private boolean lost;

	/**
	 * Looks at the next chunk of data.
	 *
	 * @return -1 while the carrier is there; else how many bytes of {@code chunk} came before the NO CARRIER
	 *         line (0 when it began in an earlier chunk)
	 */
	int watch(byte[] chunk) {
		if (lost) {
			return 0;
		}
		String seen = tail + new String(chunk, StandardCharsets.ISO_8859_1);
		int at = noCarrierLine(seen);
		if (at < 0) {
			tail = seen.substring(Math.max(0, seen.length() - TAIL));
			return -1;
		}
		lost = true;
		return Math.max(0, at - (seen.length() - chunk.length));
	}

	boolean lost() {
		return lost;
	}

	private static int noCarrierLine(String text) {
		int from = 0;
		int at;
		while ((at = text.indexOf(NO_CARRIER, from)) >= 0) {
			int end = at + NO_CARRIER.length();
			if (at > 0 && isLineEnd(text.charAt(at - 1)) && end < text.length() && isLineEnd(text.charAt(end))) {
				return at;
			}
			from = at + 1;
		}
		return -1;
	}

	private static boolean isLineEnd(char c) {
		return c == '\r' || c == '\n';
	}
}
