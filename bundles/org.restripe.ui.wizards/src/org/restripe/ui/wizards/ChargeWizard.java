package org.restripe.ui.wizards;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Charges;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestProcess;

/** Desk > One-time Charge...: the request is paid by a one-time charge instead of the contract. */
public class ChargeWizard extends DeskWizard {
	private final RestripeDatabase database;
	private final DeskChoices choices;
	private final Integer preselected;
	private ChargePage page;
	private Request charged;

	/** {@code preselected}: the id of the request selected when the wizard opened, or null. */
	public ChargeWizard(RestripeDatabase database, DeskChoices choices, Integer preselected) {
		super("One-time Charge");
		this.database = database;
		this.choices = choices;
		this.preselected = preselected;
	}

	@Override
	public void addPages() {
		page = new ChargePage(choices, preselected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Request seen = page.chosenRequest();
		Charges.Terms terms = page.terms();
		return finish(page, "The charge was not recorded", () -> {
			charged = new RequestProcess(database).chargeOnce(seen, terms, null);
			return charged.label() + " charged once (charge " + charged.chargeId() + ")";
		});
	}

	/** The request as Finish left it, or null. */
	public Request chargedRequest() {
		return charged;
	}

	public ChargePage chargePage() {
		return page;
	}
}
