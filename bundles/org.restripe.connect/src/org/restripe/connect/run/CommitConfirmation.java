package org.restripe.connect.run;

import java.time.Instant;

/**
 * The engineer's confirmation that the change may stay (commit-confirmed, as Junos and NETCONF do it): after
 * the last step the run asks, then polls the answer until the deadline; no answer by then, a "no", or the line
 * lost before it, and the run rolls the change back by itself. The workbench shows a dialog with a countdown,
 * the CLI a prompt.
 */
public interface CommitConfirmation {

	enum Answer {
		PENDING, CONFIRMED, DECLINED
	}

	/** Starts asking; must return at once. */
	void ask(Instant deadline, String whatChanged);

	/** The engineer's answer so far. */
	Answer answer();

	/** The wait is over (confirmed, declined, expired or line lost); {@code how} says which. */
	void ended(String how);
}
