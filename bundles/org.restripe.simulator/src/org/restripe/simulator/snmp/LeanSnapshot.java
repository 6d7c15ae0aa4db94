package org.restripe.simulator.snmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.snmp4j.agent.mo.DefaultMOTable;
import org.snmp4j.agent.mo.MOTableRow;
import org.snmp4j.asn1.BEROutputStream;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * What the site's agent serves at one instant, as one sorted array of OIDs with each binding encoded once:
 * sysUpTime.0, hrStorageTable and the array tables, read from the same {@link ArrayTables} the agent uses.
 * A request then costs a binary search and a copy of bytes, not a table lookup per binding.
 */
final class LeanSnapshot {
	static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3");
	static final OID SYS_UP_TIME_0 = new OID("1.3.6.1.2.1.1.3.0");

	private final OID[] oids;
	private final byte[][] encoded;
	private final List<OID> objects;

	private LeanSnapshot(OID[] oids, byte[][] encoded, List<OID> objects) {
		this.oids = oids;
		this.encoded = encoded;
		this.objects = objects;
	}

	/** Reads the tables column by column (the agent's walk order) under the tables' lock, so rows stay whole. */
	static LeanSnapshot of(ArrayTables tables) {
		List<VariableBinding> bindings = new ArrayList<>();
		List<OID> objects = new ArrayList<>();
		objects.add(SYS_UP_TIME);
		synchronized (tables) {
			bindings.add(new VariableBinding(SYS_UP_TIME_0, tables.upTime()));
			for (DefaultMOTable<?, ?, ?> table : tables.all()) {
				objects.add(table.getOID());
				addTable(table, bindings);
			}
		}
		bindings.sort((a, b) -> a.getOid().compareTo(b.getOid()));
		OID[] oids = new OID[bindings.size()];
		byte[][] encoded = new byte[bindings.size()][];
		for (int i = 0; i < oids.length; i++) {
			oids[i] = bindings.get(i).getOid();
			encoded[i] = encode(bindings.get(i));
		}
		return new LeanSnapshot(oids, encoded, List.copyOf(objects));
	}

	private static void addTable(DefaultMOTable<?, ?, ?> table, List<VariableBinding> bindings) {
		Object model = table.getModel();
		synchronized (model) {
			int columns = table.getColumnCount();
			for (int c = 0; c < columns; c++) {
				int col = c;
				OID column = new OID(table.getOID()).append(table.getColumn(c).getColumnID());
				table.getModel().iterator().forEachRemaining(row -> {
					Variable value = ((MOTableRow) row).getValue(col);
					if (value != null) {
						bindings.add(new VariableBinding(new OID(column).append(((MOTableRow) row).getIndex()), value));
					}
				});
			}
		}
	}

	static byte[] encode(VariableBinding binding) {
		ByteBuffer buffer = ByteBuffer.allocate(binding.getBERLength());
		try {
			binding.encodeBER(new BEROutputStream(buffer));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return buffer.array();
	}

	int size() {
		return oids.length;
	}

	/** The position of {@code oid}, or -1 when the agent has no such instance. */
	int exact(OID oid) {
		int i = Arrays.binarySearch(oids, oid);
		return i >= 0 ? i : -1;
	}

	/** The position of the first OID after {@code oid} (the GETNEXT answer), {@link #size()} past the end. */
	int next(OID oid) {
		int i = Arrays.binarySearch(oids, oid);
		return i >= 0 ? i + 1 : -i - 1;
	}

	OID oid(int i) {
		return oids[i];
	}

	byte[] encoded(int i) {
		return encoded[i];
	}

	/** Whether {@code oid} lies under an object the agent serves (noSuchInstance rather than noSuchObject). */
	boolean underKnownObject(OID oid) {
		for (OID object : objects) {
			if (oid.startsWith(object)) {
				return true;
			}
		}
		return false;
	}
}
