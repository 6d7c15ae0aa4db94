package org.restripe.ui.wizards;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.restripe.model.ServiceLevel;
import org.restripe.workflow.Contracts;

/**
 * A contract's terms as typed: service level (Option 1-3), period start and end, reconfigurations allowed
 * (blank: Option 1 one a period, the others no limit). Shared by the New Contract and New Request wizards.
 */
public final class ContractFields {
	static final List<String> LEVELS = List.of("Option 1", "Option 2", "Option 3");

	private final Combo level;
	private final Text start;
	private final Text end;
	private final Text allowed;

	ContractFields(Composite parent, Runnable changed) {
		level = Fields.combo(parent, "Service &level:", SWT.READ_ONLY, LEVELS, changed);
		start = Fields.text(parent, "Period &start:", "YYYY-MM-DD", changed);
		end = Fields.text(parent, "Period &end:", "YYYY-MM-DD", changed);
		allowed = Fields.text(parent, "Reconfigurations &allowed:", "blank: Option 1 one, others no limit", changed);
		LocalDate today = LocalDate.now();
		start.setText(today.toString());
		end.setText(today.plusYears(1).minusDays(1).toString());
	}

	/** The first problem of what was typed, naming the field; null when the terms are complete. */
	String problem() {
		if (level.getSelectionIndex() < 0) {
			return "Service level: choose Option 1, 2 or 3";
		}
		LocalDate from;
		LocalDate to;
		try {
			from = Contracts.parseDate(start.getText(), "the period's start");
		} catch (IllegalArgumentException e) {
			return Fields.problem("Period start", e);
		}
		try {
			to = Contracts.parseDate(end.getText(), "the period's end");
		} catch (IllegalArgumentException e) {
			return Fields.problem("Period end", e);
		}
		if (to.isBefore(from)) {
			return "Period end: " + to + " is before the period's start " + from;
		}
		String count = allowed.getText().strip();
		if (!count.isEmpty() && !count.matches("\\d{1,4}")) {
			return "Reconfigurations allowed: '" + count + "' is not a whole number (0 or more), or leave it blank";
		}
		return null;
	}

	/** The terms for the customer; call only without a {@link #problem()}. */
	Contracts.Terms terms(String customerId) {
		String count = allowed.getText().strip();
		return new Contracts.Terms(null, customerId, ServiceLevel.get(level.getSelectionIndex() + 1),
				Contracts.parseDate(start.getText(), "the period's start"),
				Contracts.parseDate(end.getText(), "the period's end"), count.isEmpty() ? null : Integer.valueOf(count));
	}

	public Combo levelField() {
		return level;
	}

	public Text startField() {
		return start;
	}

	public Text endField() {
		return end;
	}

	public Text allowedField() {
		return allowed;
	}
}
