package org.restripe.ui.run;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.ui.CheckedDialog;
import org.restripe.ui.connect.ConnectionPreferences;

/**
 * The checked kit before its rehearsal: who signed it and what it changes, as Run Kit shows it; then whether
 * the twin's modem calls back at once or after the real 1.5 minutes, and the real line's speed for the wire time.
 */
public final class RehearseKitDialog extends CheckedDialog {
	public static final String TITLE = "Rehearse kit on a simulated twin";
	private static final int LOWEST_BAUD = 300;
	private static final int HIGHEST_BAUD = 1_000_000;

	private final KitCheck.Passed kit;
	private Button fastModem;
	private Text baud;
	private boolean chosenFast;
	private int chosenBaud;

	public RehearseKitDialog(Shell parent, KitCheck.Passed kit) {
		super(parent, TITLE, "Rehearse", 1, true);
		this.kit = kit;
	}

	@Override
	protected void createBody(Composite body) {
		setTitle("Rehearse " + kit.kitFile().getFileName() + " on a twin of " + kit.siteName());
		setMessage("The kit runs on a simulated twin of the site through the same code as a real run; the real "
				+ "site is not called.");
		KitSummary.describe(body, kit, false);
		createOptions(body);
	}

	private void createOptions(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("The rehearsal");
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		fastModem = new Button(group, SWT.CHECK);
		fastModem.setText("Fast modem: the twin calls back at once (off: after the real 1.5 minutes)");
		fastModem.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(fastModem);
		new Label(group, SWT.NONE).setText("Real line speed:");
		baud = new Text(group, SWT.BORDER | SWT.SINGLE);
		baud.setText(Integer.toString(ConnectionPreferences.lineBaud()));
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(baud);
		baud.addModifyListener(e -> validate());
		new Label(group, SWT.NONE).setText("baud (for the time the line itself would take)");
	}

	@Override
	protected String problem() {
		return baud(baud.getText()) > 0 ? null
				: "Real line speed: '" + baud.getText().strip() + "' is not a speed from " + LOWEST_BAUD + " to "
						+ HIGHEST_BAUD + " baud";
	}

	/** The speed typed, or 0 when it is not one. */
	private static int baud(String text) {
		try {
			int value = Integer.parseInt(text.strip().replace(",", "").replace("_", ""));
			return value >= LOWEST_BAUD && value <= HIGHEST_BAUD ? value : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	@Override
	protected void okPressed() {
		chosenFast = fastModem.getSelection();
		chosenBaud = baud(baud.getText());
		ConnectionPreferences.setNumber(ConnectionPreferences.LINE_BAUD, chosenBaud);
		super.okPressed();
	}

	public Button fastModemBox() {
		return fastModem;
	}

	public Text baudField() {
		return baud;
	}

	public boolean fastModem() {
		return chosenFast;
	}

	public int baud() {
		return chosenBaud;
	}
}
