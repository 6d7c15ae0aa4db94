package org.restripe.simulator.array;

/**
 * A command the array refuses. The message is what the array prints, so the shell shows it verbatim and a
 * driver under test sees the same text it would see from a real T3.
 */
public final class ArrayCommandException extends Exception {
	private static final long serialVersionUID = 1L;

	public ArrayCommandException(String arrayMessage) {
		super(arrayMessage);
	}
}
