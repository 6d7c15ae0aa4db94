package org.restripe.monitor.poll;

import org.snmp4j.util.RetrievalEvent;
import org.snmp4j.util.TableEvent;

/** Why a table walk ended early, from TableUtils' final event; null for a walk that reached the table's end. */
final class TableErrors {
	private TableErrors() {
	}

	static String describe(TableEvent event, PollTarget target) {
		return switch (event.getStatus()) {
		case RetrievalEvent.STATUS_OK -> null;
		case RetrievalEvent.STATUS_TIMEOUT -> "walk cut short: no answer from " + target.address() + " after "
				+ (target.retries() + 1) + " tries";
		case RetrievalEvent.STATUS_WRONG_ORDER -> "walk cut short: the agent returned OIDs out of order (a loop?)";
		case RetrievalEvent.STATUS_REPORT -> "walk cut short: " + AgentErrors.report(event.getReportPDU());
		case RetrievalEvent.STATUS_ROW_LIMIT_REACHED -> "walk cut short: too many rows";
		case RetrievalEvent.STATUS_EXCEPTION -> "walk cut short: " + exception(event);
		default -> "walk cut short: " + event.getErrorMessage();
		};
	}

	private static String exception(TableEvent event) {
		Exception e = event.getException();
		return e == null ? String.valueOf(event.getErrorMessage()) : e.getClass().getSimpleName() + ": " + e.getMessage();
	}
}
