package org.restripe.ui.desk.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.restripe.store.StoreException;
import org.restripe.ui.desk.WhyDialog;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestState;

/** Desk > Approve: the customer approved the recommendation; the request goes on as received. */
public class ApproveHandler extends RequestHandler {

	@Override
	protected WhyDialog dialog(Shell shell, Request seen) {
		if (seen.state() != RequestState.AWAITING_APPROVAL) {
			MessageDialog.openInformation(shell, WhyDialog.TITLE, seen.label() + " is " + seen.state().words()
					+ ": only a request awaiting approval is approved.");
			return null;
		}
		return new WhyDialog(shell, seen, "Approve", List.of(RequestState.RECEIVED), false);
	}

	@Override
	protected String describe(Request seen) {
		return "Approve " + seen.label();
	}

	@Override
	protected String write(RequestDesk desk, Request seen, WhyDialog answer) throws StoreException {
		String why = answer.reason().isBlank() ? "by the customer" : answer.reason();
		return desk.approve(seen, why, null).label() + " approved: received";
	}
}
