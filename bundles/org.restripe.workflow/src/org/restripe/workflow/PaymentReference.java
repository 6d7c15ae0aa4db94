package org.restripe.workflow;

/**
 * A payment's reference (the payment provider's or the bank's), checked so that a card number never lands in
 * the database: anything whose digits (spaces and dashes aside) are 13 to 19 long and pass the Luhn check is
 * refused as a PAN.
 */
public final class PaymentReference {
	private PaymentReference() {
	}

	/** The reference stripped, or an error naming the problem. */
	public static String check(String reference) {
		String text = Checks.text(reference, "the payment reference", 64);
		String digits = text.replaceAll("[\\s-]", "");
		if (digits.matches("\\d{13,19}") && luhn(digits)) {
			throw new IllegalArgumentException("the payment reference looks like a card number (PAN); store the payment"
					+ " provider's reference for the payment instead, never the card number");
		}
		for (int i = 0; i < text.length(); i++) {
			if (Character.isISOControl(text.charAt(i))) {
				throw new IllegalArgumentException("the payment reference holds a control character");
			}
		}
		return text;
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}
}
