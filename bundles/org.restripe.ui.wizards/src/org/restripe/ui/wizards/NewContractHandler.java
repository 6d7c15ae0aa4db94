package org.restripe.ui.wizards;

import org.eclipse.jface.wizard.Wizard;
import org.restripe.store.RestripeDatabase;

/** Desk > New Contract...: a customer's new contract. */
public class NewContractHandler extends DeskWizardHandler {
	@Override
	Wizard wizard(RestripeDatabase database, DeskChoices choices, Object selected) {
		return new NewContractWizard(database, choices);
	}
}
