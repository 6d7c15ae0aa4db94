package org.restripe.simulator.line;

import java.io.IOException;

/** The line went dead: the peer hung up, or a fault cut it in the middle of a command. */
public final class LineDropped extends IOException {
	private static final long serialVersionUID = 1L;

	public LineDropped(String why) {
		super(why);
	}
}
