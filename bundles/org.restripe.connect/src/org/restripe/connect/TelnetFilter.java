package org.restripe.connect;

import java.io.ByteArrayOutputStream;

/**
 * Takes telnet option negotiation out of a byte stream. A raw TCP console sends none; a terminal server
 * or ser2net in telnet mode opens with IAC DO/WILL offers. Every offer is declined (IAC WONT / IAC DONT),
 * which leaves both ends in the plain network virtual terminal a console needs. Sequences split across
 * reads are carried over to the next read.
 */
final class TelnetFilter {
	static final int IAC = 0xFF;
	private static final int SE = 240;
	private static final int SB = 250;
	private static final int WILL = 251;
	private static final int WONT = 252;
	private static final int DO = 253;
	private static final int DONT = 254;

	private enum State {
		DATA, COMMAND, OPTION, SUBNEGOTIATION, SUBNEGOTIATION_IAC
	}

	private State state = State.DATA;
	private int verb;

	/** The data bytes of {@code received}; the answers owed to the peer are added to {@code replies}. */
	byte[] filter(byte[] received, ByteArrayOutputStream replies) {
		ByteArrayOutputStream data = new ByteArrayOutputStream(received.length);
		for (byte value : received) {
			int b = value & 0xFF;
			switch (state) {
			case DATA -> {
				if (b == IAC) {
					state = State.COMMAND;
				} else {
					data.write(b);
				}
			}
			case COMMAND -> command(b, data);
			case OPTION -> {
				answer(verb, b, replies);
				state = State.DATA;
			}
			case SUBNEGOTIATION -> state = b == IAC ? State.SUBNEGOTIATION_IAC : State.SUBNEGOTIATION;
			case SUBNEGOTIATION_IAC -> state = b == SE ? State.DATA : State.SUBNEGOTIATION;
			}
		}
		return data.toByteArray();
	}

	private void command(int b, ByteArrayOutputStream data) {
		if (b == IAC) {
			// an escaped 0xFF is a data byte
			data.write(IAC);
			state = State.DATA;
		} else if (b >= WILL && b <= DONT) {
			verb = b;
			state = State.OPTION;
		} else if (b == SB) {
			state = State.SUBNEGOTIATION;
		} else {
			// NOP, go-ahead, break and the like carry no data
			state = State.DATA;
		}
	}

	private static void answer(int verb, int option, ByteArrayOutputStream replies) {
		// declining is always allowed; agreeing to WONT/DONT needs no answer at all
		if (verb == DO) {
			replies.write(IAC);
			replies.write(WONT);
			replies.write(option);
		} else if (verb == WILL) {
			replies.write(IAC);
			replies.write(DONT);
			replies.write(option);
		}
	}
}
