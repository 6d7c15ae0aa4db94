package org.restripe.ui.run;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.ui.Words;

/**
 * The checked kit as Run Kit and Rehearse Kit show it before anything runs: who signed it (name and
 * fingerprint, to compare with what that center reads out), what it was computed from, what it changes.
 */
final class KitSummary {
	private KitSummary() {
	}

	/** {@code journal}: whether to say that the run resumes an earlier one. */
	static void describe(Composite parent, KitCheck.Passed kit, boolean journal) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("The kit");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		CenterPublicKey signer = kit.kit().signer();
		row(group, "Kit file:", kit.kitFile().toString());
		row(group, "Signed by:", signer.name());
		row(group, "Fingerprint:", signer.fingerprint());
		row(group, "Computed from:", "the configuration of " + kit.siteName() + " as its site file has it now (not stale)");
		row(group, "Changes:", Words.count(kit.plan().steps().size(), "step") + " on "
				+ Words.count(kit.plan().lanes().size(), "array") + " ("
				+ String.join(", ", kit.plan().lanes().values().stream().map(l -> l.get(0).step().unitName()).toList())
				+ "), risk " + kit.plan().risk().label());
		if (journal && kit.resumes()) {
			row(group, "Journal:", "an earlier run of this kit got part of the way: this run resumes after its last "
					+ "finished step");
		}
	}

	private static void row(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Label text = new Label(parent, SWT.WRAP);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(440, SWT.DEFAULT).applyTo(text);
	}
}
