package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** ser2net in telnet mode opens with option offers; the console data must come through untouched. */
class TelnetFilterTest {
	private static final int IAC = 255;
	private static final int WILL = 251;
	private static final int WONT = 252;
	private static final int DO = 253;
	private static final int DONT = 254;
	private static final int SB = 250;
	private static final int SE = 240;
	private static final int ECHO = 1;
	private static final int SUPPRESS_GO_AHEAD = 3;
	private static final int TERMINAL_TYPE = 24;

	@Test
	void offersAreDeclinedAndTakenOutOfTheData() {
		ByteArrayOutputStream replies = new ByteArrayOutputStream();
		byte[] data = new TelnetFilter().filter(bytes(IAC, WILL, ECHO, 'l', 'o', IAC, DO, TERMINAL_TYPE, 'g', 'i', 'n', ':'),
				replies);
		assertEquals("login:", new String(data, StandardCharsets.ISO_8859_1));
		assertArrayEquals(bytes(IAC, DONT, ECHO, IAC, WONT, TERMINAL_TYPE), replies.toByteArray());
	}

	@Test
	void sequencesSplitAcrossReadsAndSubnegotiationsAreHandled() {
		TelnetFilter filter = new TelnetFilter();
		ByteArrayOutputStream replies = new ByteArrayOutputStream();
		StringBuilder text = new StringBuilder();
		text.append(new String(filter.filter(bytes('a', IAC), replies), StandardCharsets.ISO_8859_1));
		text.append(new String(filter.filter(bytes(WILL), replies), StandardCharsets.ISO_8859_1));
		text.append(new String(filter.filter(bytes(SUPPRESS_GO_AHEAD, 'b', IAC, SB, TERMINAL_TYPE, 1, IAC), replies),
				StandardCharsets.ISO_8859_1));
		text.append(new String(filter.filter(bytes(SE, 'c', IAC, IAC), replies), StandardCharsets.ISO_8859_1));
		assertEquals("abc\u00ff", text.toString());
		assertArrayEquals(bytes(IAC, DONT, SUPPRESS_GO_AHEAD), replies.toByteArray());
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}
}
