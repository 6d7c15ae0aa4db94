package org.restripe.simulator.snmp;

import java.util.ArrayList;
import java.util.List;

import org.restripe.model.Disk;
import org.restripe.model.Port;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.simulator.array.StorageArray;
import org.snmp4j.agent.mo.DefaultMOFactory;
import org.snmp4j.agent.mo.DefaultMOMutableTableModel;
import org.snmp4j.agent.mo.DefaultMOTable;
import org.snmp4j.agent.mo.DefaultMOTableRow;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOColumn;
import org.snmp4j.agent.mo.MOTableIndex;
import org.snmp4j.agent.mo.MOTableSubIndex;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * The tables the agent serves, rebuilt from the arrays on every refresh. hrStorageTable follows
 * HOST-RESOURCES-MIB; the array tables sit under Sun's T3 subtree 1.3.6.1.4.1.42.2.28.2 (volume .4, disk .2,
 * port .5) with the simulator's own column numbers, since the vendor MIB's exact layout is not at hand.
 */
final class ArrayTables {
	static final OID HR_STORAGE_ENTRY = new OID("1.3.6.1.2.1.25.2.3.1");
	static final OID HR_STORAGE_FIXED_DISK = new OID("1.3.6.1.2.1.25.2.1.4");
	static final OID VOLUME_ENTRY = new OID("1.3.6.1.4.1.42.2.28.2.4.1.1");
	static final OID DISK_ENTRY = new OID("1.3.6.1.4.1.42.2.28.2.2.1.1");
	static final OID PORT_ENTRY = new OID("1.3.6.1.4.1.42.2.28.2.5.1.1");
	private static final int ALLOCATION_UNIT = 65_536;
	private static final int BLOCKS_PER_REQUEST = 8;

	private final List<StorageArray> arrays;
	private final ArrayLoad load;
	private final DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> storage;
	private final DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> volumes;
	private final DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> disks;
	private final DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> ports;

	ArrayTables(List<StorageArray> arrays, ArrayLoad load) {
		this.arrays = arrays;
		this.load = load;
		storage = table(HR_STORAGE_ENTRY, SMIConstants.SYNTAX_OBJECT_IDENTIFIER, SMIConstants.SYNTAX_OCTET_STRING,
				SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER);
		volumes = table(VOLUME_ENTRY, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OCTET_STRING,
				SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER,
				SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64,
				SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64);
		disks = table(DISK_ENTRY, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OCTET_STRING,
				SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_OCTET_STRING);
		ports = table(PORT_ENTRY, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OCTET_STRING,
				SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_OCTET_STRING);
		refresh();
	}

	/** Columns are numbered from 2; column 1 is the integer index, as in hrStorageTable. */
	private static DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> table(
			OID entry, int... syntaxes) {
		@SuppressWarnings("unchecked")
		MOColumn<Variable>[] columns = new MOColumn[syntaxes.length];
		for (int i = 0; i < syntaxes.length; i++) {
			columns[i] = new MOColumn<>(i + 2, syntaxes[i], MOAccessImpl.ACCESS_READ_ONLY);
		}
		MOTableIndex index = DefaultMOFactory.getInstance()
				.createIndex(new MOTableSubIndex[] { new MOTableSubIndex(SMIConstants.SYNTAX_INTEGER) }, false);
		DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> table =
				new DefaultMOTable<>(entry, index, columns);
		table.setModel(new DefaultMOMutableTableModel<>());
		return table;
	}

	List<DefaultMOTable<?, ?, ?>> all() {
		return List.of(storage, volumes, disks, ports);
	}

	void refresh() {
		List<Variable[]> storageRows = new ArrayList<>();
		List<Variable[]> volumeRows = new ArrayList<>();
		List<Variable[]> diskRows = new ArrayList<>();
		List<Variable[]> portRows = new ArrayList<>();
		for (StorageArray array : arrays) {
			synchronized (array) {
				array.refresh();
				double seconds = array.clock().elapsed().toMillis() / 1000.0;
				for (Volume v : array.unit().getVolumes()) {
					storageRows.add(storageRow(array, v, seconds));
					volumeRows.add(volumeRow(array, v, seconds));
				}
				for (Tray tray : array.unit().getTrays()) {
					for (Disk d : tray.getDisks()) {
						Volume owner = array.volumeOf(d);
						diskRows.add(new Variable[] { new OctetString(array.name()), new OctetString(d.getName()),
								new Integer32(d.getStatus().getValue()), new Integer32(d.getRole().getValue()),
								new OctetString(owner == null ? "" : owner.getName()) });
					}
				}
				for (Port p : array.unit().getPorts()) {
					portRows.add(new Variable[] { new OctetString(array.name()), new OctetString(p.getName()),
							new Integer32(p.getHost() == null ? 2 : 1), new OctetString(p.getAddress() == null ? "" : p.getAddress()) });
				}
			}
		}
		replace(storage, storageRows);
		replace(volumes, volumeRows);
		replace(disks, diskRows);
		replace(ports, portRows);
	}

	/** Used space starts at 40 % and grows with the load's growth rate until the volume is full. */
	private Variable[] storageRow(StorageArray array, Volume v, double seconds) {
		long size = v.getCapacity() / ALLOCATION_UNIT;
		long used = Math.min(size, (long) (size * 0.4 + load.growthBytesPerHour() * seconds / 3600 / ALLOCATION_UNIT));
		return new Variable[] { HR_STORAGE_FIXED_DISK, new OctetString(array.name() + ":" + v.getName()),
				new Integer32(ALLOCATION_UNIT), new Integer32((int) size), new Integer32((int) used) };
	}

	/** Counters move only while the volume is mounted, at the configured load. */
	private Variable[] volumeRow(StorageArray array, Volume v, double seconds) {
		long requests = v.getState() == VolumeState.MOUNTED ? (long) (load.requestsPerSecond() * seconds) : 0;
		long reads = (long) (requests * load.readShare());
		long hits = (long) (requests * load.cacheHitShare());
		return new Variable[] { new OctetString(array.name()), new OctetString(v.getName()), new Integer32(v.getState().getValue()),
				new Integer32(v.getOperation().getValue()), new Integer32(v.getProgress()), new Counter64(v.getCapacity()),
				new Counter64(requests), new Counter64(reads * BLOCKS_PER_REQUEST),
				new Counter64((requests - reads) * BLOCKS_PER_REQUEST), new Counter64(hits), new Counter64(requests - hits) };
	}

	private static void replace(
			DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> table,
			List<Variable[]> rows) {
		DefaultMOMutableTableModel<DefaultMOTableRow> model = table.getModel();
		synchronized (model) {
			model.clear();
			for (int i = 0; i < rows.size(); i++) {
				model.addRow(new DefaultMOTableRow(new OID(new int[] { i + 1 }), rows.get(i)));
			}
		}
	}
}
