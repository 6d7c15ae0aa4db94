package org.restripe.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.restripe.workflow.Customer;
import org.restripe.workflow.Equipment;
import org.restripe.workflow.NewClient;

/**
 * A new client's intake (FIG. 3): who they are, their site and where it is (the location routes it), the
 * services asked for, the equipment the site needs before it can be reached, and what is asked.
 */
public class NewClientPage extends DeskPage {
	static final List<String> REGIONS = List.of("EMEA", "Americas", "APAC");

	private final DeskChoices choices;
	private Text name;
	private Text id;
	private Combo region;
	private Combo site;
	private Text location;
	private Text services;
	private final List<Button> equipment = new ArrayList<>();
	private final List<Text> details = new ArrayList<>();
	private Text summary;
	private boolean idTyped;

	NewClientPage(DeskChoices choices) {
		super("newClient", "New Client", "The customer, its site and what it needs; the location routes the request.");
		this.choices = choices;
	}

	@Override
	void createFields(Composite body) {
		name = Fields.text(body, "Customer &name:", "e.g. Northwind Storage", this::nameChanged);
		id = Fields.text(body, "Customer &id:", "made from the name", () -> {
			idTyped = id.isFocusControl();
			validate();
		});
		region = Fields.combo(body, "&Region:", SWT.DROP_DOWN, REGIONS, this::validate);
		site = Fields.combo(body, "&Site:", SWT.DROP_DOWN, choices.siteFiles(), this::validate);
		location = Fields.text(body, "Site &location:", "e.g. Rotterdam (routes the request)", this::validate);
		services = Fields.area(body, "Ser&vices asked for:", this::validate);
		for (Equipment item : Equipment.values()) {
			Button needed = new Button(body, SWT.CHECK);
			needed.setText("Needs a " + item.words() + ":");
			Text detail = new Text(body, SWT.BORDER);
			detail.setMessage("what exactly (a model, a count)");
			detail.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false));
			needed.addListener(SWT.Selection, e -> validate());
			detail.addModifyListener(e -> validate());
			equipment.add(needed);
			details.add(detail);
		}
		summary = Fields.area(body, "&What is asked:", this::validate);
	}

	private void nameChanged() {
		if (!idTyped) {
			id.setText(idOf(name.getText()));
			idTyped = false;
		}
		validate();
	}

	/** "Northwind Storage" -> "northwind-storage". */
	static String idOf(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	@Override
	String problem() {
		if (name.getText().isBlank()) {
			return "Customer name: type the new client's name";
		}
		if (!id.getText().strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			return "Customer id: '" + id.getText() + "' must be letters, digits, '.', '_' or '-' (up to 64)";
		}
		if (choices.customers().stream().anyMatch(c -> c.id().equalsIgnoreCase(id.getText().strip()))) {
			return "Customer id: " + id.getText().strip() + " is an existing client; go back and choose existing client";
		}
		if (region.getText().isBlank()) {
			return "Region: choose or type the customer's region (it decides the regional center)";
		}
		if (site.getText().isBlank()) {
			return "Site: choose the site's file or type the site's name";
		}
		if (services.getText().isBlank()) {
			return "Services asked for: say which services the client takes";
		}
		if (summary.getText().isBlank()) {
			return "What is asked: describe the reconfiguration the client asks for";
		}
		return null;
	}

	/** The intake as typed; call only without a {@link #problem()}. */
	NewClient intake() {
		Customer customer = new Customer(id.getText().strip(), name.getText().strip(), region.getText().strip());
		List<Equipment.Need> needs = new ArrayList<>();
		for (int i = 0; i < equipment.size(); i++) {
			if (equipment.get(i).getSelection()) {
				needs.add(new Equipment.Need(Equipment.values()[i], details.get(i).getText()));
			}
		}
		return new NewClient(customer, site.getText().strip(), location.getText().strip(), services.getText().strip(),
				needs, summary.getText().strip());
	}

	public Text nameField() {
		return name;
	}

	public Text idField() {
		return id;
	}

	public Combo regionField() {
		return region;
	}

	public Combo siteField() {
		return site;
	}

	public Text locationField() {
		return location;
	}

	public Text servicesField() {
		return services;
	}

	/** The check box of an equipment item. */
	public Button needs(Equipment item) {
		return equipment.get(item.ordinal());
	}

	public Text detailField(Equipment item) {
		return details.get(item.ordinal());
	}

	public Text summaryField() {
		return summary;
	}
}
