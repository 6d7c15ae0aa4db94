package org.restripe.ui.desk.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.desk.DeskChange;
import org.restripe.ui.desk.WhyDialog;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;

/**
 * A desk command on the selected request: asks why (and where) in a {@link WhyDialog}, then writes in a
 * {@link DeskChange} job against the request as it was read, so a move someone else made meanwhile is refused.
 */
public abstract class RequestHandler extends AbstractHandler {
	public static final String NO_REQUEST = "Select a request in the Requests view first.";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Request seen = selected(HandlerUtil.getCurrentSelection(event));
		if (seen == null) {
			MessageDialog.openInformation(shell, WhyDialog.TITLE, NO_REQUEST);
			return null;
		}
		WhyDialog dialog = dialog(shell, seen);
		if (dialog == null || dialog.open() != Window.OK) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		new DeskChange(describe(seen), page,
				() -> write(new RequestDesk(RestripeUi.database()), seen, dialog)).schedule();
		return null;
	}

	static Request selected(ISelection selection) {
		return selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Request r ? r : null;
	}

	/** The dialog asking why, or null after telling the engineer why the command cannot apply. */
	protected abstract WhyDialog dialog(Shell shell, Request seen);

	/** "Approve request 12", the job's name. */
	protected abstract String describe(Request seen);

	/** The write, off the UI thread; returns what happened in words. */
	protected abstract String write(RequestDesk desk, Request seen, WhyDialog answer)
			throws org.restripe.store.StoreException;
}
