package org.restripe.ui.wizards;

import java.math.BigDecimal;

import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Composite;
import org.restripe.workflow.Charges;
import org.restripe.workflow.PaymentReference;

/**
 * A one-time charge as typed: what is charged, the price, the currency and the payment provider's reference
 * (a card number is refused as it is typed, so it never reaches the database).
 */
public final class ChargeFields {
	private final Text description;
	private final Text price;
	private final Text currency;
	private final Text reference;

	ChargeFields(Composite parent, Runnable changed) {
		description = Fields.text(parent, "&What is charged:", "e.g. one reconfiguration outside the contract", changed);
		price = Fields.text(parent, "&Price:", "e.g. 1250.00", changed);
		currency = Fields.text(parent, "C&urrency:", "EUR, USD", changed);
		reference = Fields.text(parent, "Payment &reference:", "the payment provider's reference, never a card number",
				changed);
		currency.setText("EUR");
		description.setText("One reconfiguration outside the contract");
	}

	/** The first problem of what was typed, naming the field; null when the charge is complete. */
	String problem() {
		if (description.getText().isBlank()) {
			return "What is charged: describe the charge";
		}
		try {
			Charges.parsePrice(price.getText());
		} catch (IllegalArgumentException e) {
			return Fields.problem("Price", e);
		}
		if (!currency.getText().strip().matches("[A-Za-z]{3}")) {
			return "Currency: '" + currency.getText() + "' is not a three-letter code (EUR, USD)";
		}
		try {
			PaymentReference.check(reference.getText());
		} catch (IllegalArgumentException e) {
			return Fields.problem("Payment reference", e);
		}
		return null;
	}

	/** The charge to the customer; call only without a {@link #problem()}. */
	Charges.Terms terms(String customerId) {
		BigDecimal amount = Charges.parsePrice(price.getText());
		return new Charges.Terms(customerId, description.getText().strip(), amount, currency.getText().strip(),
				reference.getText().strip());
	}

	public Text descriptionField() {
		return description;
	}

	public Text priceField() {
		return price;
	}

	public Text currencyField() {
		return currency;
	}

	public Text referenceField() {
		return reference;
	}
}
