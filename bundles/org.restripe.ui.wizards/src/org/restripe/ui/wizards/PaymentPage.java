package org.restripe.ui.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.restripe.workflow.Charges;
import org.restripe.workflow.Contracts;

/** How a new client's first request is paid: a new contract, or a one-time charge (exactly one). */
public class PaymentPage extends DeskPage {
	private Button byContract;
	private Button byCharge;
	private Group contractGroup;
	private Group chargeGroup;
	private ContractFields contract;
	private ChargeFields charge;

	PaymentPage() {
		super("payment", "Contract or One-time Charge", "A new client's request is paid by a contract or charged once.");
	}

	@Override
	void createFields(Composite body) {
		byContract = radio(body, "A &contract (service level and period)");
		contractGroup = group(body, "Contract");
		contract = new ContractFields(contractGroup, this::validate);
		byCharge = radio(body, "A &one-time charge");
		chargeGroup = group(body, "One-time charge");
		charge = new ChargeFields(chargeGroup, this::validate);
		byContract.setSelection(true);
		enableGroups();
	}

	private Button radio(Composite body, String text) {
		Button button = new Button(body, SWT.RADIO);
		button.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.addListener(SWT.Selection, e -> {
			enableGroups();
			validate();
		});
		return button;
	}

	private static Group group(Composite body, String text) {
		Group group = new Group(body, SWT.NONE);
		group.setText(text);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
		return group;
	}

	private void enableGroups() {
		enable(contractGroup, byContract.getSelection());
		enable(chargeGroup, byCharge.getSelection());
	}

	private static void enable(Composite group, boolean on) {
		group.setEnabled(on);
		for (Control child : group.getChildren()) {
			child.setEnabled(on);
		}
	}

	@Override
	String problem() {
		return byContract.getSelection() ? contract.problem() : charge.problem();
	}

	/** The contract's terms, or null when the request is charged. */
	Contracts.Terms contractTerms(String customerId) {
		return byContract.getSelection() ? contract.terms(customerId) : null;
	}

	/** The charge, or null when a contract pays. */
	Charges.Terms chargeTerms(String customerId) {
		return byCharge.getSelection() ? charge.terms(customerId) : null;
	}

	public Button contractButton() {
		return byContract;
	}

	public Button chargeButton() {
		return byCharge;
	}

	public ContractFields contract() {
		return contract;
	}

	public ChargeFields charge() {
		return charge;
	}
}
