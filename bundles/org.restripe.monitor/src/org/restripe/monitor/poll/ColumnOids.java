package org.restripe.monitor.poll;

import java.util.EnumMap;
import java.util.Map;

import org.snmp4j.smi.OID;

/**
 * Each table's column OIDs for a walk, built once rather than once a poll. Kept here, not in SnmpTable, so
 * that users of SnmpTable (the CLI) need no snmp4j types to compile against it.
 */
final class ColumnOids {
	private static final Map<SnmpTable, OID[]> COLUMNS = new EnumMap<>(SnmpTable.class);

	static {
		for (SnmpTable table : SnmpTable.values()) {
			COLUMNS.put(table, table.columns().stream().map(c -> table.entry().append(c.number())).toArray(OID[]::new));
		}
	}

	private ColumnOids() {
	}

	/** A fresh array over shared OIDs (TableUtils reads them; a VariableBinding copies its OID). */
	static OID[] of(SnmpTable table) {
		return COLUMNS.get(table).clone();
	}
}
