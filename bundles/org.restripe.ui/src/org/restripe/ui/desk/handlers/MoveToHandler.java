package org.restripe.ui.desk.handlers;

import java.util.ArrayList;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.restripe.store.StoreException;
import org.restripe.ui.desk.WhyDialog;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;

/** Desk > Move To...: a state the life cycle allows from where the request is, and why. */
public class MoveToHandler extends RequestHandler {

	@Override
	protected WhyDialog dialog(Shell shell, Request seen) {
		if (seen.state().isFinal()) {
			MessageDialog.openInformation(shell, WhyDialog.TITLE, seen.label() + " is " + seen.state().words()
					+ " for good: it moves nowhere.");
			return null;
		}
		return new WhyDialog(shell, seen, "Move", new ArrayList<>(seen.state().next()), true);
	}

	@Override
	protected String describe(Request seen) {
		return "Move " + seen.label();
	}

	@Override
	protected String write(RequestDesk desk, Request seen, WhyDialog answer) throws StoreException {
		Request moved = desk.move(seen, answer.chosen(), answer.reason(), null);
		return moved.label() + " moved to " + moved.state().words();
	}
}
