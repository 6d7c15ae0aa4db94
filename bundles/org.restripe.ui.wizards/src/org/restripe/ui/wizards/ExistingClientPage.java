package org.restripe.ui.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.restripe.workflow.Customer;

/** An existing client's request: the customer, one of its sites, and what is asked. */
public class ExistingClientPage extends DeskPage {
	private final DeskChoices choices;
	private Combo customer;
	private Combo site;
	private Text summary;

	ExistingClientPage(DeskChoices choices) {
		super("existingClient", "Existing Client", "The customer and the site; the site's location routes the request.");
		this.choices = choices;
	}

	@Override
	void createFields(Composite body) {
		customer = Fields.combo(body, "&Customer:", SWT.READ_ONLY,
				choices.customers().stream().map(c -> c.name() + " (" + c.id() + ")").toList(), this::customerChanged);
		site = Fields.combo(body, "&Site:", SWT.DROP_DOWN, java.util.List.of(), this::validate);
		summary = Fields.area(body, "&What is asked:", this::validate);
	}

	private void customerChanged() {
		Customer chosen = chosenCustomer();
		site.setItems(chosen == null ? new String[0] : choices.siteNames(chosen.id()).toArray(new String[0]));
		if (site.getItemCount() == 1) {
			site.select(0);
		}
		validate();
	}

	@Override
	String problem() {
		if (chosenCustomer() == null) {
			return "Customer: choose the client";
		}
		if (site.getText().isBlank()) {
			return "Site: choose one of " + chosenCustomer().name() + "'s sites";
		}
		if (summary.getText().isBlank()) {
			return "What is asked: describe the reconfiguration the client asks for";
		}
		setMessage(site.indexOf(site.getText().strip()) < 0 ? "Site: " + site.getText().strip() + " is not registered for "
				+ chosenCustomer().name() + "; it is routed by the customer's region" : null, WARNING);
		return null;
	}

	Customer chosenCustomer() {
		int index = customer.getSelectionIndex();
		return index < 0 ? null : choices.customers().get(index);
	}

	String siteName() {
		return site.getText().strip();
	}

	String summary() {
		return summary.getText().strip();
	}

	public Combo customerField() {
		return customer;
	}

	public Combo siteField() {
		return site;
	}

	public Text summaryField() {
		return summary;
	}
}
