package org.restripe.cli;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress on the terminal: each sub-task on a line of its own, so a log of the command reads as a story. */
final class CliProgress extends NullProgressMonitor {
	private final PrintWriter out;
	private String last = "";

	CliProgress(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void subTask(String name) {
		if (name != null && !name.isBlank() && !name.equals(last)) {
			last = name;
			out.println("  .. " + name);
			out.flush();
		}
	}
}
