package org.restripe.connect;

import java.io.IOException;

/**
 * Which steps of a kit were started and which finished on which array, kept outside the session so a run
 * resumed after a dropped line never applies a step twice: a finished step is skipped, a step that was started
 * but not seen to finish is checked first and skipped if its check already holds. Every entry is durable
 * before the array is told anything more.
 */
public interface StepJournal {

	boolean isDone(String arrayName, int stepNumber);

	boolean isStarted(String arrayName, int stepNumber);

	/** Records that the step's first command is about to be typed. */
	void started(String arrayName, int stepNumber) throws IOException;

	/** Records that the step ran and its check held. */
	void done(String arrayName, int stepNumber) throws IOException;

	/** Records that the step was undone by the rollback, so a resume does not take it for done. */
	void undone(String arrayName, int stepNumber) throws IOException;
}
