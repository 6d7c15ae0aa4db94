package org.restripe.ui.desk.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.restripe.store.StoreException;
import org.restripe.ui.desk.WhyDialog;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestState;

/** Desk > Decline: the customer declined the recommendation (why is required); the site stays monitored. */
public class DeclineHandler extends RequestHandler {

	@Override
	protected WhyDialog dialog(Shell shell, Request seen) {
		if (seen.state() != RequestState.AWAITING_APPROVAL) {
			MessageDialog.openInformation(shell, WhyDialog.TITLE, seen.label() + " is " + seen.state().words()
					+ ": only a request awaiting approval is declined; Move To... cancels or declines others.");
			return null;
		}
		return new WhyDialog(shell, seen, "Decline", List.of(RequestState.DECLINED), true);
	}

	@Override
	protected String describe(Request seen) {
		return "Decline " + seen.label();
	}

	@Override
	protected String write(RequestDesk desk, Request seen, WhyDialog answer) throws StoreException {
		return desk.decline(seen, answer.reason(), null).label() + " declined";
	}
}
