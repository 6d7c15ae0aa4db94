package org.restripe.monitor.poll;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One table row as read from one agent.
 *
 * @param target     the target's name (as {@link PollTarget#name()})
 * @param table      which table
 * @param rowIndex   the row's index, the OID suffix after the column, in dotted form (e.g. "3")
 * @param values     by column name ({@link SnmpTable.Column#name()}), in column order; only values of the
 *                   right type; a missing or mistyped column is absent here and named in {@code problem}
 * @param sysUpTime  the agent's sysUpTime in hundredths of a second when the table was read (for counter
 *                   deltas: an agent restart shows as sysUpTime going back)
 * @param readAt     when the poller read the row
 * @param problem    null for a good row; otherwise why the row is bad (missing column, wrong type, ...)
 */
public record Reading(String target, SnmpTable table, String rowIndex, Map<String, ColumnValue> values, long sysUpTime,
		Instant readAt, String problem) {

	public Reading {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(rowIndex, "rowIndex");
		Objects.requireNonNull(readAt, "readAt");
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // keeps the column order
	}

	public boolean isGood() {
		return problem == null;
	}

	/** The value of column {@code name}, or null when the row lacks it. */
	public ColumnValue value(String name) {
		return values.get(name);
	}
}
