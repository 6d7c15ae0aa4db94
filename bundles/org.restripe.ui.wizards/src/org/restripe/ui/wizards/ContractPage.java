package org.restripe.ui.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Customer;

/** A new contract: whose, and its terms. */
public class ContractPage extends DeskPage {
	private final DeskChoices choices;
	private Combo customer;
	private ContractFields contract;

	ContractPage(DeskChoices choices) {
		super("contract", "New Contract", "The customer's service level (Option 1, 2 or 3), period and allowance.");
		this.choices = choices;
	}

	@Override
	void createFields(Composite body) {
		customer = Fields.combo(body, "&Customer:", SWT.READ_ONLY,
				choices.customers().stream().map(c -> c.name() + " (" + c.id() + ")").toList(), this::validate);
		contract = new ContractFields(body, this::validate);
	}

	@Override
	String problem() {
		if (choices.customers().isEmpty()) {
			return "Customer: the desk knows no customer yet; File > New Request... takes the first in";
		}
		if (customer.getSelectionIndex() < 0) {
			return "Customer: choose whose contract it is";
		}
		return contract.problem();
	}

	Customer chosenCustomer() {
		return choices.customers().get(customer.getSelectionIndex());
	}

	Contracts.Terms terms() {
		return contract.terms(chosenCustomer().id());
	}

	public Combo customerField() {
		return customer;
	}

	public ContractFields contract() {
		return contract;
	}
}
