package org.restripe.simulator.snmp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/**
 * The tables the agent serves, brought up to date from the arrays on every refresh. hrStorageTable follows
 * HOST-RESOURCES-MIB; the array tables sit under Sun's T3 subtree 1.3.6.1.4.1.42.2.28.2 (volume .4, disk .2,
 * port .5) with the simulator's own column numbers, since the vendor MIB's exact layout is not at hand.
 * Counters and sysUpTime come from the same simulated instant (the refresh), rows keep their index while
 * others come and go, and counters only go up: an unmounted volume's stand still.
 */
final class ArrayTables {
	static final OID HR_STORAGE_ENTRY = new OID("1.3.6.1.2.1.25.2.3.1");
	static final OID HR_STORAGE_FIXED_DISK = new OID("1.3.6.1.2.1.25.2.1.4");
	static final OID VOLUME_ENTRY = new OID("1.3.6.1.4.1.42.2.28.2.4.1.1");
	static final OID DISK_ENTRY = new OID("1.3.6.1.4.1.42.2.28.2.2.1.1");
	static final OID PORT_ENTRY = new OID("1.3.6.1.4.1.42.2.28.2.5.1.1");
	private static final int ALLOCATION_UNIT = 65_536;

	private final List<StorageArray> arrays;
	private final LoadProfile profile;
	private final Table storage;
	private final Table volumes;
	private final Table disks;
	private final Table ports;
	private final RowIndexes volumeIndexes = new RowIndexes();
	private final RowIndexes diskIndexes = new RowIndexes();
	private final RowIndexes portIndexes = new RowIndexes();
	private final Map<String, VolumeActivity> volumeActivity = new HashMap<>();
	private final Map<String, PortActivity> portActivity = new HashMap<>();
	private long lastNanos = -1;
	private long startNanos = -1;
	private volatile long upTimeCentis;

	private static final class Table extends
			DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> {
		Table(OID entry, MOTableIndex index, MOColumn<Variable>[] columns) {
			super(entry, index, columns);
		}
	}

	/** The ports' share of their array's I/O, counted in the same units as the volumes'. */
	static final class PortActivity {
		final Counter requests;
		final Counter blocksRead;
		final Counter blocksWritten;

		PortActivity(long start) {
			requests = new Counter(start);
			blocksRead = new Counter(start);
			blocksWritten = new Counter(start);
		}
	}

	ArrayTables(List<StorageArray> arrays, LoadProfile profile) {
		this.arrays = arrays;
		this.profile = profile;
		storage = table(HR_STORAGE_ENTRY, SMIConstants.SYNTAX_OBJECT_IDENTIFIER, SMIConstants.SYNTAX_OCTET_STRING,
				SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER);
		volumes = table(VOLUME_ENTRY, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OCTET_STRING,
				SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER,
				SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64,
				SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64);
		disks = table(DISK_ENTRY, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OCTET_STRING,
				SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_OCTET_STRING);
		ports = table(PORT_ENTRY, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OCTET_STRING,
				SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_COUNTER32,
				SMIConstants.SYNTAX_COUNTER64, SMIConstants.SYNTAX_COUNTER64);
		refresh();
	}

	/** Columns are numbered from 2; column 1 is the integer index, as in hrStorageTable. */
	private static Table table(OID entry, int... syntaxes) {
		@SuppressWarnings("unchecked")
		MOColumn<Variable>[] columns = new MOColumn[syntaxes.length];
		for (int i = 0; i < syntaxes.length; i++) {
			columns[i] = new MOColumn<>(i + 2, syntaxes[i], MOAccessImpl.ACCESS_READ_ONLY);
		}
		MOTableIndex index = DefaultMOFactory.getInstance()
				.createIndex(new MOTableSubIndex[] { new MOTableSubIndex(SMIConstants.SYNTAX_INTEGER) }, false);
		Table table = new Table(entry, index, columns);
		table.setModel(new DefaultMOMutableTableModel<>());
		return table;
	}

	List<DefaultMOTable<?, ?, ?>> all() {
		return List.of(storage, volumes, disks, ports);
	}

	/**
	 * sysUpTime of the instant the tables show: hundredths of a simulated second since the agent started
	 * (TimeTicks wrap at 2^32).
	 */
	TimeTicks upTime() {
		return new TimeTicks(upTimeCentis & 0xFFFF_FFFFL);
	}

	synchronized void refresh() {
		Map<Integer, Variable[]> storageRows = new TreeMap<>();
		Map<Integer, Variable[]> volumeRows = new TreeMap<>();
		Map<Integer, Variable[]> diskRows = new TreeMap<>();
		Map<Integer, Variable[]> portRows = new TreeMap<>();
		Set<String> volumeKeys = new HashSet<>();
		Set<String> diskKeys = new HashSet<>();
		Set<String> portKeys = new HashSet<>();
		long nanos = arrays.isEmpty() ? 0 : arrays.get(0).clock().elapsed().toNanos();
		double seconds = lastNanos < 0 ? 0 : (nanos - lastNanos) / 1e9;
		for (StorageArray array : arrays) {
			synchronized (array) {
				array.refresh();
				double[] arrayIo = new double[3];
				for (Volume v : array.unit().getVolumes()) {
					String key = array.name() + "/" + v.getName();
					volumeKeys.add(key);
					int index = volumeIndexes.indexOf(key);
					VolumeActivity activity = advance(array, v, key, seconds, arrayIo);
					storageRows.put(index, storageRow(array, v, activity));
					volumeRows.put(index, volumeRow(array, v, activity));
				}
				for (Tray tray : array.unit().getTrays()) {
					for (Disk d : tray.getDisks()) {
						String key = array.name() + "/" + d.getName();
						diskKeys.add(key);
						diskRows.put(diskIndexes.indexOf(key), diskRow(array, d));
					}
				}
				portRows(array, arrayIo, portKeys, portRows);
			}
		}
		volumeIndexes.retain(volumeKeys);
		diskIndexes.retain(diskKeys);
		portIndexes.retain(portKeys);
		volumeActivity.keySet().retainAll(volumeKeys);
		portActivity.keySet().retainAll(portKeys);
		lastNanos = nanos;
		replace(storage, storageRows);
		replace(volumes, volumeRows);
		replace(disks, diskRows);
		replace(ports, portRows);
		if (startNanos < 0) {
			startNanos = nanos;
		}
		// sysUpTime counts from the agent's start, as its counters do
		upTimeCentis = (nanos - startNanos) / 10_000_000L;
	}

	private VolumeActivity advance(StorageArray array, Volume v, String key, double seconds, double[] arrayIo) {
		LoadProfile.VolumeLoad load = profile.volume(array.name(), v.getName(), v.getCapacity());
		VolumeActivity activity = volumeActivity.computeIfAbsent(key, k -> new VolumeActivity(load, v.getCapacity()));
		activity.advance(seconds, v.getState() == VolumeState.MOUNTED, load, profile, v.getCapacity());
		arrayIo[0] += activity.lastRequests();
		arrayIo[1] += activity.lastBlocksRead();
		arrayIo[2] += activity.lastBlocksWritten();
		return activity;
	}

	private void portRows(StorageArray array, double[] arrayIo, Set<String> portKeys, Map<Integer, Variable[]> rows) {
		List<String> names = new ArrayList<>();
		for (Port p : array.unit().getPorts()) {
			names.add(p.getName());
		}
		for (Port p : array.unit().getPorts()) {
			String key = array.name() + "/" + p.getName();
			portKeys.add(key);
			PortActivity activity = portActivity.computeIfAbsent(key,
					k -> new PortActivity(profile.portCounterStart(array.name(), p.getName())));
			double share = profile.portShare(array.name(), p.getName(), names);
			activity.requests.add(arrayIo[0] * share);
			activity.blocksRead.add(arrayIo[1] * share);
			activity.blocksWritten.add(arrayIo[2] * share);
			rows.put(portIndexes.indexOf(key), new Variable[] { new OctetString(array.name()), new OctetString(p.getName()),
					new Integer32(p.getHost() == null ? 2 : 1), new OctetString(p.getAddress() == null ? "" : p.getAddress()),
					new Counter32(activity.requests.as32()), new Counter64(activity.blocksRead.value()),
					new Counter64(activity.blocksWritten.value()) });
		}
	}

	private static Variable[] diskRow(StorageArray array, Disk d) {
		Volume owner = array.volumeOf(d);
		return new Variable[] { new OctetString(array.name()), new OctetString(d.getName()),
				new Integer32(d.getStatus().getValue()), new Integer32(d.getRole().getValue()),
				new OctetString(owner == null ? "" : owner.getName()) };
	}

	/** Used space is what the hosts have written, from the profile's starting share, up to the capacity. */
	private static Variable[] storageRow(StorageArray array, Volume v, VolumeActivity activity) {
		long size = v.getCapacity() / ALLOCATION_UNIT;
		long used = Math.min(size, activity.usedBytes() / ALLOCATION_UNIT);
		return new Variable[] { HR_STORAGE_FIXED_DISK, new OctetString(array.name() + ":" + v.getName()),
				new Integer32(ALLOCATION_UNIT), new Integer32((int) size), new Integer32((int) used) };
	}

	private static Variable[] volumeRow(StorageArray array, Volume v, VolumeActivity a) {
		return new Variable[] { new OctetString(array.name()), new OctetString(v.getName()), new Integer32(v.getState().getValue()),
				new Integer32(v.getOperation().getValue()), new Integer32(v.getProgress()), new Counter64(v.getCapacity()),
				new Counter64(a.requests.value()), new Counter64(a.blocksRead.value()), new Counter64(a.blocksWritten.value()),
				new Counter64(a.cacheHits.value()), new Counter64(a.cacheMisses.value()) };
	}

	/**
	 * Updates the rows in place, so a walk under way never sees a table emptied for its rebuild: rows that
	 * stay replaced, new rows added, rows gone removed.
	 */
	private static void replace(Table table, Map<Integer, Variable[]> rows) {
		DefaultMOMutableTableModel<DefaultMOTableRow> model = table.getModel();
		synchronized (model) {
			List<OID> gone = new ArrayList<>();
			model.iterator().forEachRemaining(row -> {
				if (!rows.containsKey(row.getIndex().get(0))) {
					gone.add(row.getIndex());
				}
			});
			gone.forEach(model::removeRow);
			// adding a row under an index the model has replaces that row, one row at a time
			rows.forEach((index, values) -> model.addRow(new DefaultMOTableRow(new OID(new int[] { index }), values)));
		}
	}
}
