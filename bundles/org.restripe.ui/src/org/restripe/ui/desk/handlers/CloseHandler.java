package org.restripe.ui.desk.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.desk.WhyDialog;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProcess;
import org.restripe.workflow.RequestState;

/** Desk > Close: a verified request is closed; a charged one gets its invoice, a covered one uses its contract. */
public class CloseHandler extends RequestHandler {

	@Override
	protected WhyDialog dialog(Shell shell, Request seen) {
		if (!seen.state().next().contains(RequestState.CLOSED)) {
			MessageDialog.openInformation(shell, WhyDialog.TITLE, seen.label() + " is " + seen.state().words()
					+ ": only a verified request is closed.");
			return null;
		}
		return new WhyDialog(shell, seen, "Close", List.of(RequestState.CLOSED), true);
	}

	@Override
	protected String describe(Request seen) {
		return "Close " + seen.label();
	}

	@Override
	protected String write(RequestDesk desk, Request seen, WhyDialog answer) throws StoreException {
		return new RequestProcess(RestripeUi.database()).complete(seen, answer.reason(), null).toString();
	}
}
