package org.restripe.ui.demo;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.restripe.simulator.SimulatedSite;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;

/**
 * Restripe > Demo: whether the demo site's simulator runs with the workbench, where it listens, and the
 * simulator's own passwords (the same for every Restripe, as `simulate` prints them).
 */
public class DemoPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.restripe.ui.preferences.demo";
	private Button runSimulator;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("The demo site (" + DemoSimulator.siteName() + ") is played by the bundled simulator on this"
				+ " machine, so the whole job can be tried with no hardware.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		runSimulator = new Button(page, SWT.CHECK);
		runSimulator.setText("&Run the demo site's simulator with the workbench");
		runSimulator.setSelection(DemoPreferences.simulatorWanted(RestripeUi.dataDirectory()));
		Label status = new Label(page, SWT.WRAP);
		status.setText(status());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
		return page;
	}

	static String status() {
		SimulatedSite site = DemoSimulator.running();
		String passwords = "\n\nIts passwords (asked when you connect; tick Remember to keep them in secure storage):"
				+ " dialback account '" + DemoSimulator.DIAL_PASSWORD + "', array consoles (root) '"
				+ DemoSimulator.ARRAY_PASSWORD + "'. OK points the demo site's line and SNMP targets at the simulator"
				+ " again.";
		if (site == null) {
			return "The simulator is not running." + passwords;
		}
		return "Running: the center's modem on " + DemoSimulator.line(site).substring("dial:".length())
				+ ", the management host on telnet 127.0.0.1:" + site.telnetPort() + ", SNMP v2c ('"
				+ DemoSimulator.COMMUNITY + "') on " + DemoPreferences.get(DemoPreferences.SNMP_TARGETS_PREFIX
						+ DemoSimulator.siteName()) + "." + passwords;
	}

	public Button runSimulatorBox() {
		return runSimulator;
	}

	@Override
	protected void performDefaults() {
		runSimulator.setSelection(true);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		boolean wanted = runSimulator.getSelection();
		DemoPreferences.setSimulatorWanted(wanted);
		DataDirectory data = RestripeUi.dataDirectory();
		if (wanted) {
			// OK here also says: the demo site's Connect and Monitoring go to the simulator again
			DemoSimulator.pointDemoSiteAtSimulator();
			FirstRun.startDemo(data);
		} else {
			Job.create("Stop the demo site's simulator", monitor -> {
				DemoSimulator.stop();
			}).schedule();
		}
		return true;
	}
}
