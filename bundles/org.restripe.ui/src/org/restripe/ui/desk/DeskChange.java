package org.restripe.ui.desk;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.restripe.store.StaleRowException;
import org.restripe.store.StoreException;

/**
 * A desk command's write (move, approve, decline, close) as a Job. Done: the desk's views read again and the
 * Requests view says what happened. Refused: the reason in a dialog (a stale row says who changed it and
 * when), and the views read again so the engineer sees the request as it is now.
 */
public final class DeskChange extends Job {
	public static final String STALE_TITLE = "The request changed since you read it";
	public static final String REFUSED_TITLE = "The desk refused";

	/** The write; returns what happened in words. */
	@FunctionalInterface
	public interface Write {
		String write() throws StoreException;
	}

	private final IWorkbenchPage page;
	private final Write write;

	public DeskChange(String name, IWorkbenchPage page, Write write) {
		super(name);
		this.page = page;
		this.write = write;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			String done = write.write();
			back(() -> DeskViews.refresh(page, done));
		} catch (StaleRowException e) {
			back(() -> {
				DeskViews.refresh(page, "");
				MessageDialog.openWarning(page.getWorkbenchWindow().getShell(), STALE_TITLE, e.getMessage());
			});
		} catch (StoreException | RuntimeException e) {
			back(() -> {
				DeskViews.refresh(page, "");
				MessageDialog.openError(page.getWorkbenchWindow().getShell(), REFUSED_TITLE,
						getName() + ": " + DeskMessages.of(e));
			});
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	private void back(Runnable onUi) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(onUi);
		}
	}
}
