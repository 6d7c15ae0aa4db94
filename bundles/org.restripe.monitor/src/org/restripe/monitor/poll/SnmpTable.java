package org.restripe.monitor.poll;

import java.util.List;

import org.snmp4j.smi.OID;

/**
 * The tables the poller walks, with the columns it reads and the type each must have. The array tables are
 * the simulated T3's under 1.3.6.1.4.1.42.2.28.2 (see the simulator's ArrayTables); hrStorageTable is
 * HOST-RESOURCES-MIB's. Column names are the keys of {@link Reading#values()}.
 */
public enum SnmpTable {
	VOLUMES("volumes", "1.3.6.1.4.1.42.2.28.2.4.1.1", List.of(
			col(2, "array", ValueKind.TEXT), col(3, "volume", ValueKind.TEXT), col(4, "state", ValueKind.INTEGER),
			col(5, "operation", ValueKind.INTEGER), col(6, "progress", ValueKind.INTEGER),
			col(7, "capacityBytes", ValueKind.COUNTER64), col(8, "requests", ValueKind.COUNTER64),
			col(9, "blocksRead", ValueKind.COUNTER64), col(10, "blocksWritten", ValueKind.COUNTER64),
			col(11, "cacheHits", ValueKind.COUNTER64), col(12, "cacheMisses", ValueKind.COUNTER64))),
	DISKS("disks", "1.3.6.1.4.1.42.2.28.2.2.1.1", List.of(
			col(2, "array", ValueKind.TEXT), col(3, "disk", ValueKind.TEXT), col(4, "status", ValueKind.INTEGER),
			col(5, "role", ValueKind.INTEGER), col(6, "volume", ValueKind.TEXT))),
	PORTS("ports", "1.3.6.1.4.1.42.2.28.2.5.1.1", List.of(
			col(2, "array", ValueKind.TEXT), col(3, "port", ValueKind.TEXT), col(4, "attached", ValueKind.INTEGER),
			col(5, "address", ValueKind.TEXT), col(6, "requests", ValueKind.COUNTER32),
			col(7, "blocksRead", ValueKind.COUNTER64), col(8, "blocksWritten", ValueKind.COUNTER64))),
	/** HOST-RESOURCES-MIB hrStorageTable: bytes = allocationUnits x size (or used). */
	STORAGE("storage", "1.3.6.1.2.1.25.2.3.1", List.of(
			col(2, "type", ValueKind.OID), col(3, "description", ValueKind.TEXT),
			col(4, "allocationUnits", ValueKind.INTEGER), col(5, "size", ValueKind.INTEGER),
			col(6, "used", ValueKind.INTEGER)));

	/** A column: its number under the entry OID, its name, the type the poller accepts. */
	public record Column(int number, String name, ValueKind kind) {
	}

	private final String label;
	private final int[] entry; // not an OID: the public type must not need snmp4j on its users' classpath
	private final List<Column> columns;

	SnmpTable(String label, String entry, List<Column> columns) {
		this.label = label;
		this.entry = new OID(entry).getValue();
		this.columns = columns;
	}

	private static Column col(int number, String name, ValueKind kind) {
		return new Column(number, name, kind);
	}

	/** The name used on the command line and in readings: volumes, disks, ports, storage. */
	public String label() {
		return label;
	}

	/** The table's entry OID in dotted form; a column's OID is entry.number, a cell's entry.number.index. */
	public String entryOid() {
		return new OID(entry).toDottedString();
	}

	/** As snmp4j's OID, for the poller (kept out of the public API, so users need no snmp4j). */
	OID entry() {
		return new OID(entry);
	}

	public List<Column> columns() {
		return columns;
	}

	/** The column with this number, or null. */
	public Column column(int number) {
		for (Column c : columns) {
			if (c.number() == number) {
				return c;
			}
		}
		return null;
	}

	/** The table named {@code label}, or an IllegalArgumentException listing the names. */
	public static SnmpTable byLabel(String label) {
		for (SnmpTable t : values()) {
			if (t.label.equals(label)) {
				return t;
			}
		}
		throw new IllegalArgumentException("No table '" + label + "': volumes, disks, ports or storage");
	}
}
