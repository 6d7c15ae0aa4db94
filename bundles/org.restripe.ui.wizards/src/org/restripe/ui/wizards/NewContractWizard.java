package org.restripe.ui.wizards;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.ServiceContract;

/** Desk > New Contract...: a customer's contract, paid; the database refuses a duplicate and says so on the page. */
public class NewContractWizard extends DeskWizard {
	private final RestripeDatabase database;
	private final DeskChoices choices;
	private ContractPage page;
	private ServiceContract created;

	public NewContractWizard(RestripeDatabase database, DeskChoices choices) {
		super("New Contract");
		this.database = database;
		this.choices = choices;
	}

	@Override
	public void addPages() {
		page = new ContractPage(choices);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Contracts.Terms terms = page.terms();
		return finish(page, "The contract was not created", () -> {
			created = new Contracts(database).create(terms, null);
			return "contract " + created.id() + " created";
		});
	}

	/** The contract Finish created, or null. */
	public ServiceContract createdContract() {
		return created;
	}

	public ContractPage contractPage() {
		return page;
	}
}
