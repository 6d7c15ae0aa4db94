package org.restripe.connect.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.LunMasking;
import org.restripe.model.CacheSettings;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.Disk;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Port;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;

/**
 * Compares an array as designed with the array as its console shows it, in the engineer's words and by name
 * (discovery cannot know the design's ids, hosts or diagram layout): disks, volumes with their RAID level,
 * data disks, standby and state, the cache settings, on a sliced array its slices, LUN map and masking, and on
 * a mainframe array its CKD devices and its ESCON/FICON channels. A LUN is compared at the size the array
 * gives it, since arrays allocate in blocks.
 */
public final class ArrayComparison {
	private ArrayComparison() {
	}

	/** The lines only one side has: "- " as designed but not on the array, "+ " on the array but not designed. */
	public static List<String> differences(StorageUnit designed, StorageUnit discovered, ArrayDriver driver) {
		Set<String> wanted = new LinkedHashSet<>(lines(designed, driver, true));
		Set<String> found = new LinkedHashSet<>(lines(discovered, driver, false));
		List<String> out = new ArrayList<>();
		wanted.stream().filter(l -> !found.contains(l)).forEach(l -> out.add("- " + l));
		found.stream().filter(l -> !wanted.contains(l)).forEach(l -> out.add("+ " + l));
		return out;
	}

	/** What the array's read commands can show of {@code unit}, one line an element. */
	public static List<String> lines(StorageUnit unit, ArrayDriver driver, boolean planned) {
		List<String> lines = new ArrayList<>();
		lines.add("array " + unit.getCatalogModel() + ", volume slicing " + (unit.isVolumeSlicing() ? "on" : "off"));
		for (Tray tray : unit.getTrays()) {
			for (Disk disk : tray.getDisks()) {
				lines.add("disk " + disk.getName() + " " + disk.getSize() + " bytes");
			}
		}
		for (Volume v : unit.getVolumes()) {
			lines.add("volume " + v.getName() + " " + v.getRaidLevel() + " data "
					+ String.join(",", v.getDataDisks().stream().map(Disk::getName).sorted().toList()) + " standby "
					+ (v.getStandby() == null ? "none" : v.getStandby().getName()) + " " + v.getState());
		}
		CacheSettings c = unit.getCache();
		if (c != null) {
			lines.add("settings blocksize " + c.getBlockSize() + " cache " + c.getCacheMode() + " mirror " + c.getMirror()
					+ " rd_ahead " + c.isReadAhead() + " recon_rate " + c.getReconRate());
		}
		if (unit.isVolumeSlicing()) {
			for (Lun lun : unit.getLuns()) {
				long size = planned ? driver.lunSizeOnArray(lun.getSize()) : lun.getSize();
				lines.add("slice " + lun.getName() + " " + size + " bytes on "
						+ (lun.getVolume() == null ? "no volume" : lun.getVolume().getName()));
			}
			for (LunMapping m : unit.getMappings()) {
				lines.add("lun map " + m.getLunNumber() + " slice " + (m.getLun() == null ? "none" : m.getLun().getName()));
				masking(m, planned).forEach((wwn, access) -> lines.add("lun perm " + m.getLunNumber() + " wwn " + wwn
						+ " " + access));
			}
		}
		mainframe(unit, lines);
		return lines;
	}

	/** CKD devices and mainframe channels; an open-systems array has neither, so adds no line. */
	private static void mainframe(StorageUnit unit, List<String> lines) {
		for (CkdDevice d : unit.getCkdDevices()) {
			lines.add("ckd device " + d.getDeviceNumber() + " " + d.getDeviceType().getLiteral() + " on "
					+ (d.getVolume() == null ? "no volume" : d.getVolume().getName()));
		}
		for (Port p : unit.getPorts()) {
			if (p.getKind() == ChannelKind.FICON || p.getKind() == ChannelKind.ESCON) {
				lines.add("channel " + p.getName() + " " + p.getKind().getLiteral());
			}
		}
	}

	/** Designed: read-write for the mapping's host's HBA WWNs; discovered: what lun perm list showed. */
	private static Map<String, String> masking(LunMapping m, boolean planned) {
		if (planned) {
			Map<String, String> access = new TreeMap<>();
			LunMasking.wwnsOf(m).forEach(w -> access.put(w, "rw"));
			return access;
		}
		return LunMasking.find(m).map(LunMasking::access).orElse(Map.of());
	}
}
