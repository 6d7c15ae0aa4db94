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

/** Desk > Move to Next State: one step along the request's path; the last step (closed) closes it. */
public class MoveNextHandler extends RequestHandler {

	@Override
	protected WhyDialog dialog(Shell shell, Request seen) {
		RequestState next = seen.state().forward();
		if (next == null) {
			MessageDialog.openInformation(shell, WhyDialog.TITLE, seen.label() + " is " + seen.state().words()
					+ ": it has no next state along the way" + (seen.state().isFinal() ? "."
							: "; use Move To... (" + seen.state().nextInWords() + ")."));
			return null;
		}
		return new WhyDialog(shell, seen, "Move to " + next.words(), List.of(next), true);
	}

	@Override
	protected String describe(Request seen) {
		return "Move " + seen.label() + " on";
	}

	@Override
	protected String write(RequestDesk desk, Request seen, WhyDialog answer) throws StoreException {
		if (answer.chosen() == RequestState.CLOSED) {
			return new RequestProcess(RestripeUi.database()).complete(seen, answer.reason(), null).toString();
		}
		Request moved = desk.move(seen, answer.chosen(), answer.reason(), null);
		return moved.label() + " moved to " + moved.state().words();
	}
}
