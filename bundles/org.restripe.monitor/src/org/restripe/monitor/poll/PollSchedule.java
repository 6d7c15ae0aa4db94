package org.restripe.monitor.poll;

/** A target's regular polling; {@link #close()} stops it (a poll under way still completes). */
public interface PollSchedule extends AutoCloseable {

	/** Polls handed to the sink so far. */
	long polls();

	/** Due polls skipped because the previous one was still running. */
	long skipped();

	@Override
	void close();
}
