package org.restripe.monitor.poll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * Turns the bindings an agent sent for one table row into a {@link Reading}: every column of the right
 * type becomes a value; a column missing, of another type, or an exception value (noSuchInstance,
 * endOfMibView) marks the row bad and says which. This is the boundary where an agent's bytes become the
 * poller's data, so nothing here may throw on what an agent sends.
 */
public final class RowMapper {
	/** Longer texts are cut: a description is a line, not a megabyte an agent chose to send. */
	static final int MAX_TEXT = 255;

	private RowMapper() {
	}

	/**
	 * The reading of the row at {@code index}. {@code bindings} are the row's values as received, in any
	 * order, possibly null (sparse tables), possibly under other OIDs than asked (then they are ignored).
	 */
	public static Reading reading(String target, SnmpTable table, OID index, VariableBinding[] bindings, long sysUpTime,
			Instant readAt) {
		String rowIndex = index == null ? "?" : index.toDottedString();
		Map<Integer, Variable> byColumn = byColumn(table, index, bindings);
		Map<String, ColumnValue> values = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		if (index == null || index.size() == 0) {
			problems.add("no row index");
		}
		for (SnmpTable.Column column : table.columns()) {
			Variable v = byColumn.get(column.number());
			if (v == null) {
				problems.add(column.name() + " missing");
				continue;
			}
			ColumnValue value = value(column.kind(), v);
			if (value == null) {
				problems.add(column.name() + " is " + describe(v) + ", not " + column.kind());
			} else {
				values.put(column.name(), value);
			}
		}
		return new Reading(target, table, rowIndex, values, sysUpTime, readAt,
				problems.isEmpty() ? null : String.join("; ", problems));
	}

	/** The variables by column number, taking only bindings whose OID is entry.column.index. */
	private static Map<Integer, Variable> byColumn(SnmpTable table, OID index, VariableBinding[] bindings) {
		Map<Integer, Variable> byColumn = new LinkedHashMap<>();
		if (bindings == null || index == null) {
			return byColumn;
		}
		OID entry = table.entry();
		for (VariableBinding vb : bindings) {
			if (vb == null || vb.getOid() == null || vb.getVariable() == null) {
				continue;
			}
			OID oid = vb.getOid();
			if (oid.size() != entry.size() + 1 + index.size() || !oid.startsWith(entry)
					|| oid.rightMostCompare(index.size(), index) != 0) {
				continue;
			}
			byColumn.putIfAbsent(oid.get(entry.size()), vb.getVariable());
		}
		return byColumn;
	}

	/** The value if {@code v} is of {@code kind}'s SMI type, else null. */
	static ColumnValue value(ValueKind kind, Variable v) {
		if (v.isException()) {
			return null;
		}
		return switch (kind) {
		case TEXT -> v instanceof OctetString s ? ColumnValue.text(printable(s)) : null;
		case OID -> v instanceof OID o ? new ColumnValue(ValueKind.OID, 0, o.toDottedString()) : null;
		case INTEGER -> v instanceof Integer32 i ? ColumnValue.number(kind, i.getValue()) : null;
		case GAUGE32 -> v instanceof Gauge32 g ? ColumnValue.number(kind, g.getValue()) : null;
		case TIMETICKS -> v instanceof TimeTicks t ? ColumnValue.number(kind, t.getValue()) : null;
		case COUNTER32 -> v instanceof Counter32 c ? ColumnValue.number(kind, c.getValue()) : null;
		case COUNTER64 -> v instanceof Counter64 c ? ColumnValue.number(kind, c.getValue()) : null;
		};
	}

	/** The text as printable characters, control characters shown as '?', cut at {@link #MAX_TEXT}. */
	private static String printable(OctetString s) {
		byte[] bytes = s.getValue();
		int n = Math.min(bytes.length, MAX_TEXT);
		StringBuilder text = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			int c = bytes[i] & 0xFF;
			text.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
		}
		return text.toString();
	}

	private static String describe(Variable v) {
		return v.isException() ? v.toString() : v.getClass().getSimpleName();
	}
}
