package org.restripe.workflow;

/** Where a contract's payments stand: paid, due (by its due date), or overdue. */
public enum PaymentState {
	PAID, DUE, OVERDUE;

	/** Reads paid, due or overdue as typed; anything else is refused naming the accepted words. */
	public static PaymentState parse(String text) {
		for (PaymentState state : values()) {
			if (state.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return state;
			}
		}
		throw new IllegalArgumentException("the payment state '" + text + "' is not one of paid, due, overdue");
	}
}
