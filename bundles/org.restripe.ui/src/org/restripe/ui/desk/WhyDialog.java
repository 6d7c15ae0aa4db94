package org.restripe.ui.desk;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.ui.CheckedDialog;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestState;

/**
 * Asks why a request moves (and, for "move to", where): the reason lands in the request's history. Approve
 * may go without a reason; every other move needs one.
 */
public final class WhyDialog extends CheckedDialog {
	public static final String TITLE = "Move request";

	private final Request request;
	private final String action;
	private final List<RequestState> targets;
	private final boolean reasonRequired;
	private Combo state;
	private Text why;
	private RequestState chosen;
	private String reason;

	/** {@code targets}: one (shown, not chosen) or several (a combo). */
	public WhyDialog(Shell parent, Request request, String action, List<RequestState> targets, boolean reasonRequired) {
		super(parent, TITLE, action, 2, true);
		this.request = request;
		this.action = action;
		this.targets = targets;
		this.reasonRequired = reasonRequired;
	}

	@Override
	protected void createBody(Composite body) {
		setTitle(action + ": " + request.label());
		setMessage(request.label() + " (" + request.siteName() + ", " + request.summary() + ") is "
				+ request.state().words() + ".");
		new Label(body, SWT.NONE).setText("To state:");
		if (targets.size() == 1) {
			new Label(body, SWT.NONE).setText(targets.get(0).words());
		} else {
			state = new Combo(body, SWT.READ_ONLY);
			targets.forEach(t -> state.add(t.words()));
			state.addModifyListener(e -> validate());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
		}
		new Label(body, SWT.NONE).setText("Why:");
		why = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 60).applyTo(why);
		why.addModifyListener(e -> validate());
	}

	@Override
	protected String problem() {
		if (why == null) {
			return null;
		}
		if (state != null && state.getSelectionIndex() < 0) {
			return "To state: choose where " + request.label() + " goes (" + request.state().nextInWords() + ")";
		}
		if (reasonRequired && why.getText().isBlank()) {
			return "Why: say why " + request.label() + " " + (action.startsWith("Decline") ? "is declined" : "moves");
		}
		return null;
	}

	@Override
	protected void okPressed() {
		chosen = state == null ? targets.get(0) : targets.get(state.getSelectionIndex());
		reason = why.getText().strip();
		super.okPressed();
	}

	/** The state chosen, after OK. */
	public RequestState chosen() {
		return chosen;
	}

	/** The reason typed (possibly blank where none is required), after OK. */
	public String reason() {
		return reason;
	}

	public Combo stateField() {
		return state;
	}

	public Text whyField() {
		return why;
	}
}
