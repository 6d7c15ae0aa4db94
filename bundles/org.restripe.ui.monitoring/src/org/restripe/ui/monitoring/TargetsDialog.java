package org.restripe.ui.monitoring;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.ui.CheckedDialog;

/** A site's SNMP targets (HOST:PORT, v2c) and community, checked as they are typed and kept in the preferences. */
public final class TargetsDialog extends CheckedDialog {
	public static final String TITLE = "SNMP Targets";
	private final String site;
	private Text targets;
	private Text community;

	public TargetsDialog(Shell parent, String site) {
		super(parent, TITLE, "Save", 2, true);
		this.site = site;
	}

	@Override
	protected void createBody(Composite body) {
		setTitle("SNMP targets of " + site);
		setMessage("The agents Poll Now and monitoring read: HOST:PORT entries separated by spaces (UDP, SNMPv2c)");
		new Label(body, SWT.NONE).setText("Targets:");
		targets = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(targets);
		new Label(body, SWT.NONE).setText("Community:");
		community = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(community);
		try {
			targets.setText(String.join(" ", MonitoringPreferences.targets(site)));
		} catch (IllegalArgumentException e) {
			targets.setText(""); // what was kept is unreadable: the engineer types it again
		}
		community.setText(MonitoringPreferences.community(site));
		targets.addModifyListener(e -> validate());
		community.addModifyListener(e -> validate());
	}

	@Override
	protected String problem() {
		if (targets == null || community == null) {
			return null;
		}
		try {
			MonitoringPreferences.parseTargets(targets.getText());
		} catch (IllegalArgumentException e) {
			return "Targets: " + e.getMessage();
		}
		if (community.getText().isBlank()) {
			return "Community: enter the agents' read community (usually public)";
		}
		if (community.getText().strip().contains(" ")) {
			return "Community: a community has no spaces";
		}
		return null;
	}

	@Override
	protected void okPressed() {
		MonitoringPreferences.set(site, targets.getText(), community.getText());
		super.okPressed();
	}

	public Text targetsField() {
		return targets;
	}

	public Text communityField() {
		return community;
	}
}
