package org.restripe.monitor.poll;

import java.util.Objects;

/**
 * One value of a table row: a number (integers, gauges, counters, time ticks; COUNTER64 as an unsigned long)
 * or a text (strings, object identifiers in dotted form).
 */
public record ColumnValue(ValueKind kind, long number, String text) {

	public ColumnValue {
		Objects.requireNonNull(kind, "kind");
		if (kind == ValueKind.TEXT || kind == ValueKind.OID) {
			Objects.requireNonNull(text, "text");
		}
	}

	public static ColumnValue text(String text) {
		return new ColumnValue(ValueKind.TEXT, 0, text);
	}

	public static ColumnValue number(ValueKind kind, long number) {
		return new ColumnValue(kind, number, null);
	}

	/** As an engineer reads it: unsigned for COUNTER64. */
	@Override
	public String toString() {
		return switch (kind) {
		case TEXT, OID -> text;
		case COUNTER64 -> Long.toUnsignedString(number);
		default -> Long.toString(number);
		};
	}
}
