package org.restripe.ui.wizards;

import org.eclipse.jface.wizard.Wizard;
import org.restripe.store.RestripeDatabase;

/** File > New Request...: a new or an existing client's request, as the request process takes it in. */
public class NewRequestHandler extends DeskWizardHandler {
	@Override
	Wizard wizard(RestripeDatabase database, DeskChoices choices, Object selected) {
		return new NewRequestWizard(database, choices);
	}
}
