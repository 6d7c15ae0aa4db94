package org.restripe.ui.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Labelled fields in a two-column grid, each calling back as the engineer types. */
final class Fields {
	private Fields() {
	}

	static Text text(Composite parent, String label, String hint, Runnable changed) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> changed.run());
		return text;
	}

	static Text area(Composite parent, String label, Runnable changed) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(280, 50).applyTo(text);
		text.addModifyListener(e -> changed.run());
		return text;
	}

	static Combo combo(Composite parent, String label, int style, List<String> items, Runnable changed) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, style | SWT.BORDER);
		combo.setItems(items.toArray(new String[0]));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.addModifyListener(e -> changed.run());
		combo.addListener(SWT.Selection, e -> changed.run());
		return combo;
	}

	/** The message of a refused value with the field's label in front, as the page shows it. */
	static String problem(String field, IllegalArgumentException e) {
		return field + ": " + e.getMessage();
	}
}
