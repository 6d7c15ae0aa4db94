package org.restripe.ui.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.restripe.workflow.Charges;
import org.restripe.workflow.Request;

/** A one-time charge for an open request: which request, what is charged, price, currency, payment reference. */
public class ChargePage extends DeskPage {
	private final DeskChoices choices;
	private final Integer preselected;
	private Combo request;
	private ChargeFields charge;

	ChargePage(DeskChoices choices, Integer preselected) {
		super("charge", "One-time Charge", "Charge a request once; store the payment provider's reference, never a card.");
		this.choices = choices;
		this.preselected = preselected;
	}

	@Override
	void createFields(Composite body) {
		request = Fields.combo(body, "R&equest:", SWT.READ_ONLY, choices.openRequests().stream()
				.map(r -> r.label() + ": " + r.siteName() + " (" + r.customerId() + "), " + r.summary()).toList(),
				this::validate);
		charge = new ChargeFields(body, this::validate);
		for (int i = 0; preselected != null && i < choices.openRequests().size(); i++) {
			if (choices.openRequests().get(i).id() == preselected) {
				request.select(i);
			}
		}
	}

	@Override
	String problem() {
		if (choices.openRequests().isEmpty()) {
			return "Request: there is no open request to charge";
		}
		if (request.getSelectionIndex() < 0) {
			return "Request: choose the request to charge";
		}
		return charge.problem();
	}

	Request chosenRequest() {
		return choices.openRequests().get(request.getSelectionIndex());
	}

	Charges.Terms terms() {
		return charge.terms(chosenRequest().customerId());
	}

	public Combo requestField() {
		return request;
	}

	public ChargeFields charge() {
		return charge;
	}
}
