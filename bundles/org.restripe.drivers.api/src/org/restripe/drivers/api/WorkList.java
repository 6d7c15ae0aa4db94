package org.restripe.drivers.api;

import java.util.List;

/**
 * How an array lists the long work running in its background, so a script waiting for it can say how far
 * it got, as an engineer at the console watches {@code proc list} on a T3.
 */
public interface WorkList {
	/** The read command that lists the running work. */
	String command();

	/** The work the command's output shows; lines that are no running work are left out, never an error. */
	List<RunningWork> read(String output);
}
