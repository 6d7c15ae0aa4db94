package org.restripe.ui.diagram.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The strip above a current configuration's diagram: it says the diagram is read-only and why, and offers
 * the one way to change the site, designing a new configuration from it.
 */
public final class ReadOnlyBanner {
	public static final String DESIGN_NEW = "Design New Configuration";

	private final Composite strip;
	private final Label message;
	private final Button design;

	ReadOnlyBanner(Composite parent, String siteName, Runnable designNew) {
		strip = new Composite(parent, SWT.NONE);
		strip.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 4).applyTo(strip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(strip);
		message = new Label(strip, SWT.WRAP);
		message.setBackground(strip.getBackground());
		message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		message.setText(text(siteName));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(message);
		design = new Button(strip, SWT.PUSH);
		design.setText(DESIGN_NEW);
		design.setToolTipText("Copy this configuration into " + siteName + "'s design and open it for editing");
		design.addListener(SWT.Selection, e -> designNew.run());
	}

	static String text(String siteName) {
		return "Read-only: this is the current configuration of " + siteName + ", as discovery, verification or"
				+ " an import established it. To change the site, design a new configuration.";
	}

	public String message() {
		return message.getText();
	}

	public Button designButton() {
		return design;
	}

	public Composite control() {
		return strip;
	}
}
