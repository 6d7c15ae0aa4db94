package org.restripe.ui.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** First page of a new request: a new client (intake of the customer and site) or an existing one. */
public class ClientKindPage extends DeskPage {
	private final boolean anyCustomer;
	private Button newClient;
	private Button existingClient;

	ClientKindPage(boolean anyCustomer) {
		super("clientKind", "New Reconfiguration Request", "Is the request from a new client or an existing one?");
		this.anyCustomer = anyCustomer;
	}

	@Override
	void createFields(Composite body) {
		newClient = radio(body, "A &new client: the customer, the site and what it needs, then a contract or a charge");
		existingClient = radio(body, "An &existing client: routed by the site's location, its contract checked");
		existingClient.setEnabled(anyCustomer);
		if (!anyCustomer) {
			Label none = new Label(body, SWT.WRAP);
			none.setText("The desk knows no customer yet: the first request is a new client's.");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(none);
		}
		(anyCustomer ? existingClient : newClient).setSelection(true);
	}

	private Button radio(Composite body, String text) {
		Button button = new Button(body, SWT.RADIO);
		button.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.addListener(SWT.Selection, e -> validate());
		return button;
	}

	@Override
	String problem() {
		return newClient.getSelection() || existingClient.getSelection() ? null : "Choose a new or an existing client";
	}

	public boolean isNewClient() {
		return newClient.getSelection();
	}

	public Button newClientButton() {
		return newClient;
	}

	public Button existingClientButton() {
		return existingClient;
	}
}
