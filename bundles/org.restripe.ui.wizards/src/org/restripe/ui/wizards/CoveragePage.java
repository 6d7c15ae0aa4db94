package org.restripe.ui.wizards;

import java.time.LocalDate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Charges;

/**
 * An existing client's contract check (FIG. 3): the route and the contract's validity today, read in a job
 * when the page opens. Not covered: renew the contract or charge the request once.
 */
public class CoveragePage extends DeskPage {
	private final RestripeDatabase database;
	private final ExistingClientPage client;
	private Label route;
	private Label check;
	private Button renew;
	private Button charge;
	private Group chargeGroup;
	private ChargeFields chargeFields;
	private Coverage coverage;
	private String readProblem;

	CoveragePage(RestripeDatabase database, ExistingClientPage client) {
		super("coverage", "Contract Check", "Where the request goes and whether the contract covers it today.");
		this.database = database;
		this.client = client;
	}

	@Override
	void createFields(Composite body) {
		route = wide(new Label(body, SWT.WRAP));
		check = wide(new Label(body, SWT.WRAP));
		renew = wide(radio(body, "&Renew the contract for the next period (payment due within 30 days)"));
		charge = wide(radio(body, "Charge the request &once"));
		chargeGroup = new Group(body, SWT.NONE);
		chargeGroup.setText("One-time charge");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(chargeGroup);
		wide(chargeGroup);
		chargeFields = new ChargeFields(chargeGroup, this::validate);
		showChoices(false);
	}

	private static <T extends Control> T wide(T control) {
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(control);
		return control;
	}

	private Button radio(Composite body, String text) {
		Button button = new Button(body, SWT.RADIO);
		button.setText(text);
		button.addListener(SWT.Selection, e -> {
			enableCharge();
			validate();
		});
		return button;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			read();
		}
	}

	private void read() {
		coverage = null;
		readProblem = null;
		route.setText("Checking the route and the contract...");
		check.setText("");
		showChoices(false);
		validate();
		String customer = client.chosenCustomer().id();
		String site = client.siteName();
		Job.create("Check the contract of " + customer, monitor -> {
			try {
				Coverage read = Coverage.read(database, customer, site, LocalDate.now());
				back(() -> shown(read));
			} catch (Exception e) {
				back(() -> {
					readProblem = "The contract could not be checked: " + e.getMessage();
					route.setText("");
					validate();
				});
			}
		}).schedule();
	}

	private void back(Runnable onUi) {
		Control control = getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					onUi.run();
				}
			});
		}
	}

	private void shown(Coverage read) {
		coverage = read;
		route.setText(read.route());
		check.setText(read.words());
		showChoices(!read.covered());
		renew.setEnabled(read.contract().isPresent());
		renew.setSelection(read.contract().isPresent());
		charge.setSelection(read.contract().isEmpty());
		enableCharge();
		((Composite) getControl()).layout(true, true);
		validate();
	}

	private void showChoices(boolean show) {
		for (Control c : new Control[] { renew, charge, chargeGroup }) {
			c.setVisible(show);
		}
	}

	private void enableCharge() {
		for (Control child : chargeGroup.getChildren()) {
			child.setEnabled(charge.getSelection());
		}
	}

	@Override
	String problem() {
		if (readProblem != null) {
			return readProblem;
		}
		if (coverage == null) {
			return "Checking the contract...";
		}
		if (coverage.covered() || renew.getSelection()) {
			return null;
		}
		return charge.getSelection() ? chargeFields.problem() : "Renew the contract or charge the request once";
	}

	Coverage coverage() {
		return coverage;
	}

	boolean renewing() {
		return coverage != null && !coverage.covered() && renew.getSelection();
	}

	/** The charge, when the request is charged once; else null. */
	Charges.Terms chargeTerms(String customerId) {
		return coverage != null && !coverage.covered() && charge.getSelection() ? chargeFields.terms(customerId) : null;
	}

	/** Whether the check has been read (for tests waiting on it). */
	public boolean checked() {
		return coverage != null || readProblem != null;
	}

	public String checkText() {
		return check.getText();
	}

	public Button renewButton() {
		return renew;
	}

	public Button chargeButton() {
		return charge;
	}

	public ChargeFields charge() {
		return chargeFields;
	}
}
