package org.restripe.connect;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * A share of a parent's progress for one part of the work: its own beginTask/worked are scaled into the
 * parent's {@code ticks}; cancel and the sub-task text pass through. SubMonitor would do this inside OSGi, but
 * it needs Equinox's tracing classes, which the flat-classpath CLI and plain tests do not have.
 */
public final class Progress extends ProgressMonitorWrapper {
	private final int ticks;
	private int total = 1;
	private double reported;
	private double done;

	private Progress(IProgressMonitor parent, int ticks) {
		super(parent);
		this.ticks = ticks;
	}

	/** {@code ticks} of the parent's work, for a child that calls beginTask itself. */
	public static IProgressMonitor share(IProgressMonitor parent, int ticks) {
		return new Progress(parent, ticks);
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = Math.max(1, totalWork);
		done = 0;
		subTask(name);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		done = Math.min(total, done + work);
		double share = ticks * done / total;
		getWrappedProgressMonitor().internalWorked(share - reported);
		reported = share;
	}

	@Override
	public void done() {
		internalWorked(total - done);
	}

	@Override
	public void setTaskName(String name) {
		subTask(name);
	}
}
