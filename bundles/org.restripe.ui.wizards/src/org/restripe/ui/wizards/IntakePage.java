package org.restripe.ui.wizards;

import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.restripe.workflow.Customer;

/** Who asks, for which site, and what they ask for: everything the desk needs to take a request in. */
public class IntakePage extends WizardPage {
	static final List<String> REGIONS = List.of("EMEA", "Americas", "APAC");

	private final List<Customer> customers;
	private final List<String> sites;
	private Combo customer;
	private Combo region;
	private Combo site;
	private Text summary;

	IntakePage(List<Customer> customers, List<String> sites) {
		super("intake");
		this.customers = customers;
		this.sites = sites;
		setTitle("New Reconfiguration Request");
		setDescription("Take in a customer's request to change the configuration of a site.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		customer = combo(body, "&Customer:", SWT.DROP_DOWN, customers.stream().map(Customer::name).toList());
		region = combo(body, "&Region:", SWT.READ_ONLY, REGIONS);
		site = combo(body, "&Site:", SWT.READ_ONLY, sites);
		new Label(body, SWT.NONE).setText("&What is asked:");
		summary = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
		tall.heightHint = 80;
		summary.setLayoutData(tall);
		customer.addModifyListener(e -> customerChanged());
		region.addModifyListener(e -> validate());
		site.addModifyListener(e -> validate());
		summary.addModifyListener(e -> validate());
		if (sites.size() == 1) {
			site.select(0);
		}
		setControl(body);
		customerChanged();
	}

	private static Combo combo(Composite body, String label, int style, List<String> items) {
		new Label(body, SWT.NONE).setText(label);
		Combo combo = new Combo(body, style | SWT.BORDER);
		combo.setItems(items.toArray(new String[0]));
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	/** A known customer brings its region; a new one must be given one (it routes the request). */
	private void customerChanged() {
		Customer known = knownCustomer();
		region.setEnabled(known == null);
		if (known != null) {
			region.setText(known.region());
		}
		validate();
	}

	void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (customer.getText().isBlank()) {
			return customers.isEmpty() ? "Enter the customer's name" : "Choose or enter the customer";
		}
		if (knownCustomer() == null && region.getText().isBlank()) {
			return "A new customer needs a region: it decides the regional center";
		}
		if (sites.isEmpty()) {
			return "There is no site file in the data directory yet";
		}
		if (site.getText().isBlank()) {
			return "Choose the site to reconfigure";
		}
		if (summary.getText().isBlank()) {
			return "Describe what the customer asks for";
		}
		return null;
	}

	Customer knownCustomer() {
		String name = customer.getText().strip();
		return customers.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	/** The customer as entered: the known one, or a new one whose id is made from its name. */
	Customer enteredCustomer() {
		Customer known = knownCustomer();
		if (known != null) {
			return known;
		}
		String name = customer.getText().strip();
		String id = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return new Customer(id.isEmpty() ? "customer" : id, name, region.getText());
	}

	String siteName() {
		return site.getText();
	}

	String summary() {
		return summary.getText().strip();
	}

	/** The page's fields, for tests that fill it in as an engineer would. */
	public Combo customerField() {
		return customer;
	}

	public Combo regionField() {
		return region;
	}

	public Combo siteField() {
		return site;
	}

	public Text summaryField() {
		return summary;
	}
}
