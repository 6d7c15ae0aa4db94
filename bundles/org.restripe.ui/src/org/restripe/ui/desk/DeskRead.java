package org.restripe.ui.desk;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.restripe.store.StoreException;

/**
 * A read of the desk's database as a Job, its result handed to the view on the UI thread (unless the view was
 * closed meanwhile). A failure reaches the view as its message in words, never as a stack trace.
 */
public final class DeskRead<T> extends Job {
	/** The read itself, run off the UI thread. */
	@FunctionalInterface
	public interface Read<T> {
		T read() throws StoreException;
	}

	private final Control owner;
	private final Read<T> read;
	private final Consumer<T> done;
	private final Consumer<String> failed;

	public DeskRead(String name, Control owner, Read<T> read, Consumer<T> done, Consumer<String> failed) {
		super(name);
		this.owner = owner;
		this.read = read;
		this.done = done;
		this.failed = failed;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			T result = read.read();
			if (!monitor.isCanceled()) {
				back(() -> done.accept(result));
			}
		} catch (StoreException | RuntimeException e) {
			back(() -> failed.accept(DeskMessages.of(e)));
		} finally {
			monitor.done();
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	private void back(Runnable onUi) {
		if (owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed()) {
				onUi.run();
			}
		});
	}
}
