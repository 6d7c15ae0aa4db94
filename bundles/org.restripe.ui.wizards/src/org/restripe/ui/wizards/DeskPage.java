package org.restripe.ui.wizards;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A desk wizard page: a two-column grid of fields, checked as the engineer types; the first problem is the
 * page's error message, naming the field, and the page is complete only without one.
 */
abstract class DeskPage extends WizardPage {

	DeskPage(String name, String title, String description) {
		super(name);
		setTitle(title);
		setDescription(description);
		setPageComplete(false);
	}

	@Override
	public final void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		createFields(body);
		setControl(body);
		validate();
	}

	abstract void createFields(Composite body);

	/** The first problem of what was typed, naming the field; null when there is none. */
	abstract String problem();

	final void validate() {
		if (getControl() == null) {
			return; // still being made
		}
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
