package org.restripe.ui.operations;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Restripe > Serial Line: the center modem's serial device a new dial-up line starts with, and the line's
 * speed. (Inactivity and commit-confirm timeouts are on Restripe > Connection.) Checked as it is typed.
 */
public class SerialPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.restripe.ui.preferences.serial";

	private Text port;
	private Combo baud;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("The center's modem line, as a new dial-up connection starts with it.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("Serial port:");
		port = new Text(page, SWT.BORDER | SWT.SINGLE);
		port.setText(SerialPreferences.port());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(port);
		new Label(page, SWT.NONE).setText("device (/dev/ttyS0) or tcp:HOST:PORT");
		new Label(page, SWT.NONE).setText("Baud:");
		baud = new Combo(page, SWT.DROP_DOWN);
		Arrays.stream(SerialPreferences.BAUDS).forEach(b -> baud.add(Integer.toString(b)));
		baud.setText(Integer.toString(SerialPreferences.baud()));
		GridDataFactory.fillDefaults().applyTo(baud);
		new Label(page, SWT.NONE).setText("bits a second to the center's modem");
		port.addModifyListener(e -> validate());
		baud.addModifyListener(e -> validate());
		validate();
		return page;
	}

	private void validate() {
		String problem = SerialPreferences.portProblem(port.getText());
		if (problem == null && baudValue() <= 0) {
			problem = "Baud: '" + baud.getText().strip() + "' is not a line speed (one of "
					+ Arrays.toString(SerialPreferences.BAUDS).replaceAll("[\\[\\]]", "") + ")";
		}
		setErrorMessage(problem);
		setValid(problem == null);
	}

	private int baudValue() {
		try {
			int b = Integer.parseInt(baud.getText().strip());
			return Arrays.stream(SerialPreferences.BAUDS).anyMatch(x -> x == b) ? b : -1;
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	@Override
	protected void performDefaults() {
		port.setText(SerialPreferences.DEFAULT_PORT);
		baud.setText(Integer.toString(SerialPreferences.DEFAULT_BAUD));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		SerialPreferences.set(port.getText().strip(), baudValue());
		return true;
	}

	public Text portField() {
		return port;
	}

	public Combo baudField() {
		return baud;
	}
}
