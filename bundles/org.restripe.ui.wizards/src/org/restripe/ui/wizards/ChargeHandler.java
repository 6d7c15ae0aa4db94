package org.restripe.ui.wizards;

import org.eclipse.jface.wizard.Wizard;
import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Request;

/** Desk > One-time Charge...: charge a request once; the request selected in the Requests view is proposed. */
public class ChargeHandler extends DeskWizardHandler {
	@Override
	Wizard wizard(RestripeDatabase database, DeskChoices choices, Object selected) {
		return new ChargeWizard(database, choices, selected instanceof Request r ? r.id() : null);
	}
}
