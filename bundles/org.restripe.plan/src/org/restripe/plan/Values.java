package org.restripe.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.restripe.model.Disk;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;

/**
 * The text values a step carries for each kind of element; the same keys are read back by the applier and
 * by the drivers (see {@link org.restripe.drivers.api.Operation}).
 */
final class Values {
	private Values() {
	}

	static String id(Identified element) {
		return element == null ? "" : nz(element.getId());
	}

	static String name(Identified element) {
		return element == null ? "" : nz(element.getName());
	}

	static String nz(String text) {
		return text == null ? "" : text;
	}

	static Map<String, String> volume(Volume volume) {
		Map<String, String> v = new HashMap<>();
		v.put("name", name(volume));
		v.put("raid", Integer.toString(volume.getRaidLevel().getValue()));
		v.put("data", join(volume.getDataDisks(), true));
		v.put("dataNames", join(volume.getDataDisks(), false));
		v.put("standby", id(volume.getStandby()));
		v.put("standbyName", name(volume.getStandby()));
		v.put("state", volume.getState().getLiteral());
		v.put("capacity", Long.toString(volume.getCapacity()));
		v.put("disks", v.get("data") + (volume.getStandby() == null ? "" : "," + id(volume.getStandby())));
		return v;
	}

	static Map<String, String> lun(Lun lun, StorageUnit unit) {
		Map<String, String> v = new HashMap<>();
		v.put("name", name(lun));
		v.put("volume", id(lun.getVolume()));
		v.put("volumeName", name(lun.getVolume()));
		v.put("size", Long.toString(lun.getSize()));
		v.put("slicing", Boolean.toString(unit.isVolumeSlicing()));
		return v;
	}

	static Map<String, String> mapping(LunMapping mapping) {
		Map<String, String> v = new HashMap<>();
		v.put("id", id(mapping));
		v.put("name", name(mapping));
		v.put("lun", id(mapping.getLun()));
		v.put("volume", mapping.getLun() == null ? "" : id(mapping.getLun().getVolume()));
		v.put("hostLun", id(mapping.getHost()) + "#" + mapping.getLunNumber());
		v.put("lunName", name(mapping.getLun()));
		v.put("host", id(mapping.getHost()));
		v.put("hostName", name(mapping.getHost()));
		v.put("lunNumber", Integer.toString(mapping.getLunNumber()));
		v.put("port", id(mapping.getPort()));
		v.put("portName", name(mapping.getPort()));
		// the WWNs an array with LUN masking (lun perm) grants the LUN to; absent without one, so plans of
		// sites without WWNs read as they always did
		String wwns = String.join(",", org.restripe.drivers.api.LunMasking.wwnsOf(mapping));
		if (!wwns.isEmpty()) {
			v.put("wwns", wwns);
		}
		// without slicing a T3 has no LUN map to type into: the driver needs to know which case it renders
		v.put("volumeName", mapping.getLun() == null ? "" : name(mapping.getLun().getVolume()));
		v.put("slicing", Boolean.toString(mapping.eContainer() instanceof StorageUnit
				&& ((StorageUnit) mapping.eContainer()).isVolumeSlicing()));
		return v;
	}

	/** Disks as {@code id:name:slot:size} joined by semicolons, for a tray added at the site. */
	static String disks(List<Disk> disks) {
		StringBuilder text = new StringBuilder();
		for (Disk disk : disks) {
			if (text.length() > 0) {
				text.append(';');
			}
			text.append(disk.getId()).append(':').append(nz(disk.getName())).append(':').append(disk.getSlot())
					.append(':').append(disk.getSize());
		}
		return text.toString();
	}

	private static String join(List<? extends Identified> elements, boolean ids) {
		StringBuilder text = new StringBuilder();
		for (Identified e : elements) {
			if (text.length() > 0) {
				text.append(',');
			}
			text.append(ids ? id(e) : name(e));
		}
		return text.toString();
	}
}
