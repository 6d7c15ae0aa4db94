package org.restripe.simulator.array;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;

/**
 * The DS CLI lists of a simulated DS8000, drawn from its model: a tray is an array site, a disk a DDM, a
 * volume an extent pool on one array and rank, a CKD device a CKD base volume, a port an I/O port. Columns
 * of lsddm, lsarray, lsrank, lsextpool and lsioport are those of public captures (bond-huang/ebook,
 * DS8000-DSCLI常用命令.md); lsckdvol's as REFERENCE.md lists them; lslcu's and ver -l's are reconstructed,
 * unverified. Installed but unused I/O ports are the other ports of the host adapters the site's ports sit
 * on (four a card), so a channel can be added to a free port.
 */
final class DsCliLists {
	private final StorageArray array;

	DsCliLists(StorageArray array) {
		this.array = array;
	}

	/** The storage image ID, IBM.2107- and a serial made from the unit's name. */
	static String storageImage(StorageUnit unit) {
		String letters = unit.getName().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		return "IBM.2107-75" + (letters + "0000").substring(0, 4) + "1";
	}

	static String wwpn(String port) {
		return "500507630A" + String.format(Locale.ROOT, "%06X", Math.abs(port.hashCode()) % 0x1000000);
	}

	List<String> version() {
		synchronized (array) {
			List<String> out = new ArrayList<>();
			out.add("DSCLI " + DsCliMessages.DSCLI_VERSION);
			out.addAll(DsCliScreens.table(List.of("Storage Image", "LMC"),
					List.of(List.of(storageImage(array.unit()), DsCliMessages.DSCLI_VERSION)), false));
			return out;
		}
	}

	List<String> ddms(boolean delim) {
		synchronized (array) {
			List<List<String>> rows = new ArrayList<>();
			String enclosure = "IBM.2107-D02-" + storageImage(array.unit()).substring(11) + "/";
			for (Tray tray : array.unit().getTrays()) {
				for (Disk disk : tray.getDisks()) {
					String use = disk.getRole() == DiskRole.DATA_DISK ? "array member"
							: disk.getRole() == DiskRole.STANDBY_DISK ? "spare required" : "unassigned";
					rows.add(List.of(enclosure + disk.getName(), "0", gb(disk.getSize()), use, tray.getName(),
							disk.getStatus() == FruStatus.FAULT ? "Failed" : "Normal"));
				}
			}
			return table("lsddm", "DDM", List.of("ID", "DA Pair", "dkcap (10^9B)", "dkuse", "arsite", "State"), rows, delim);
		}
	}

	List<String> arrays(boolean delim) {
		synchronized (array) {
			List<List<String>> rows = new ArrayList<>();
			List<Volume> pools = array.unit().getVolumes();
			for (int i = 0; i < pools.size(); i++) {
				Volume v = pools.get(i);
				String site = v.getDataDisks().isEmpty() ? "-" : ((Tray) v.getDataDisks().get(0).eContainer()).getName();
				String size = v.getDataDisks().isEmpty() ? "-" : gb(v.getDataDisks().get(0).getSize());
				rows.add(List.of("A" + i, "Assigned", "Normal", raidType(v), site, "R" + i, "0", size));
			}
			return table("lsarray", "Array", List.of("Array", "State", "Data", "RAIDtype", "arsite", "Rank", "DA Pair",
					"DDMcap (10^9B)"), rows, delim);
		}
	}

	private static String raidType(Volume v) {
		boolean spare = v.getStandby() != null;
		if (v.getRaidLevel() == RaidLevel.RAID1) {
			return spare ? "10 (3x2+2S)" : "10 (4x2)";
		}
		return spare ? "5 (6+P+S)" : "5 (7+P)";
	}

	List<String> ranks(boolean delim) {
		synchronized (array) {
			List<List<String>> rows = new ArrayList<>();
			List<Volume> pools = array.unit().getVolumes();
			for (int i = 0; i < pools.size(); i++) {
				String raid = pools.get(i).getRaidLevel() == RaidLevel.RAID1 ? "10" : "5";
				rows.add(List.of("R" + i, "0", "Normal", "Normal", "A" + i, raid, pools.get(i).getName(), "ckd"));
			}
			return table("lsrank", "Rank", List.of("ID", "Group", "State", "datastate", "Array", "RAIDtype", "extpoolID",
					"stgtype"), rows, delim);
		}
	}

	List<String> pools(boolean delim) {
		synchronized (array) {
			List<List<String>> rows = new ArrayList<>();
			for (Volume v : array.unit().getVolumes()) {
				long volumes = array.unit().getCkdDevices().stream().filter(d -> d.getVolume() == v).count();
				long used = array.unit().getCkdDevices().stream().filter(d -> d.getVolume() == v)
						.mapToLong(CkdDevice::getCapacity).sum();
				long size = Math.max(1, v.getCapacity());
				rows.add(List.of("ckd_" + v.getName(), v.getName(), "ckd", "0", "below",
						Long.toString(Math.max(0, size - used) >> 30), Long.toString(used * 100 / size), "0", "0",
						Long.toString(volumes)));
			}
			return table("lsextpool", "Extent Pool", List.of("Name", "ID", "stgtype", "rankgrp", "status",
					"availstor (2^30B)", "%allocated", "available", "reserved", "numvols"), rows, delim);
		}
	}

	List<String> lcus(boolean delim) {
		synchronized (array) {
			TreeMap<String, Integer> lcus = new TreeMap<>();
			for (CkdDevice d : array.unit().getCkdDevices()) {
				lcus.merge(d.getDeviceNumber().substring(0, 2).toUpperCase(Locale.ROOT), 1, Integer::sum);
			}
			List<List<String>> rows = new ArrayList<>();
			lcus.forEach((lcu, count) -> rows.add(List.of(lcu, Integer.toString(Integer.parseInt(lcu, 16) % 2),
					lcu.substring(0, 1), Integer.toString(count), "0xFF" + lcu, "3990-6")));
			return table("lslcu", "LCU", List.of("ID", "Group", "addrgrp", "confgvols", "subsys", "conbasetype"), rows, delim);
		}
	}

	List<String> ckdVolumes(boolean delim, List<String> ids) {
		synchronized (array) {
			List<List<String>> rows = new ArrayList<>();
			for (CkdDevice d : array.unit().getCkdDevices()) {
				if (!ids.isEmpty() && ids.stream().noneMatch(id -> id.equalsIgnoreCase(d.getDeviceNumber()))) {
					continue;
				}
				rows.add(List.of(d.getName() == null ? "-" : d.getName(), d.getDeviceNumber(), "Online", "Normal", "Normal",
						d.getDeviceType().getLiteral(), "CKD Base", "-", d.getVolume() == null ? "-" : d.getVolume().getName(),
						Integer.toString(d.getCylinders())));
			}
			return table("lsckdvol", "CKD Volume", List.of("Name", "ID", "accstate", "datastate", "configstate",
					"deviceMTM", "voltype", "orgbvols", "extpool", "cap (cyl)"), rows, delim);
		}
	}

	List<String> ioPorts(boolean delim) {
		synchronized (array) {
			List<List<String>> rows = new ArrayList<>();
			for (String id : installedPorts()) {
				Port p = array.unit().getPorts().stream().filter(x -> id.equals(x.getName())).findFirst().orElse(null);
				boolean escon = p != null && p.getKind() == ChannelKind.ESCON;
				String topo = p == null ? "SCSI-FCP" : p.getKind() == ChannelKind.FICON ? "FICON" : escon ? "-" : "SCSI-FCP";
				rows.add(List.of(id, p == null || p.getAddress() == null ? wwpn(id) : p.getAddress(),
						p == null ? "Offline" : "Online", escon ? "ESCON" : "Fibre Channel-SW", topo, "0"));
			}
			return table("lsioport", "I/O Port", List.of("ID", "WWPN", "State", "Type", "topo", "portgrp"), rows, delim);
		}
	}

	/** The site's I/O ports and the other ports of their host adapters (I0030 sits on the card of I0030-I0033). */
	TreeSet<String> installedPorts() {
		TreeSet<String> ports = new TreeSet<>();
		for (Port p : array.unit().getPorts()) {
			String name = p.getName();
			ports.add(name);
			if (name != null && name.matches("I\\d{4}")) {
				for (int i = 0; i < 4; i++) {
					ports.add(name.substring(0, 4) + i);
				}
			}
		}
		return ports;
	}

	private static List<String> table(String command, String what, List<String> header, List<List<String>> rows,
			boolean delim) {
		if (rows.isEmpty()) {
			return List.of(DsCliMessages.nothingFound(command, what));
		}
		return DsCliScreens.table(header, rows, delim);
	}

	private static String gb(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / 1e9);
	}
}
