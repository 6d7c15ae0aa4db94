package org.restripe.drivers.t3;

import java.util.HashMap;
import java.util.Map;

import org.restripe.drivers.api.DiscoveryException;
import org.restripe.drivers.api.LunMasking;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.SiteBuilder;

/**
 * Reads {@code volslice list} (slice name, slice number, start block, size in blocks, capacity with its
 * unit, volume) into the unit's LUNs and {@code lun map list} (LUN number, slice number) into its LUN
 * mappings. The array does not know which host sees a LUN, so a discovered mapping names no host; its id is
 * the LUN's id and the LUN number.
 */
final class T3Slices {
	private final StorageUnit unit;
	private final Map<String, Lun> byNumber = new HashMap<>();

	T3Slices(StorageUnit unit) {
		this.unit = unit;
	}

	void read(String volsliceList, String lunMapList) throws DiscoveryException {
		readSlices(volsliceList);
		readMap(lunMapList);
	}

	private void readSlices(String volsliceList) throws DiscoveryException {
		for (String line : T3Output.lines(volsliceList)) {
			String[] c = T3Output.columns(line);
			if (c[0].equals("Slice") || c[0].matches("-+")) {
				continue;
			}
			if (c.length < 6 || !c[1].matches("\\d{1,9}") || !c[3].matches("\\d{1,15}")) {
				throw new DiscoveryException("volslice list line is not name, number, start, blocks, capacity, "
						+ "volume: '" + line.strip() + "'");
			}
			Lun lun = SiteBuilder.identify(RestripeFactory.eINSTANCE.createLun(), unit.getId() + "-" + c[0], c[0]);
			lun.setSize(Long.parseLong(c[3]) * T3Spelling.BLOCK_BYTES);
			lun.setVolume(volume(c[c.length - 1], line));
			unit.getLuns().add(lun);
			byNumber.put(c[1], lun);
		}
	}

	private void readMap(String lunMapList) throws DiscoveryException {
		for (String line : T3Output.lines(lunMapList)) {
			String[] c = T3Output.columns(line);
			if (c[0].equals("Lun") || c[0].matches("-+")) {
				continue;
			}
			if (c.length != 2 || !c[0].matches("\\d{1,9}") || !c[1].matches("\\d{1,9}")) {
				throw new DiscoveryException("lun map list line is not a LUN number and a slice number: '"
						+ line.strip() + "'");
			}
			Lun lun = byNumber.get(c[1]);
			if (lun == null) {
				throw new DiscoveryException("lun map list maps LUN " + c[0] + " to slice " + c[1]
						+ " that volslice list does not show");
			}
			LunMapping mapping = SiteBuilder.identify(RestripeFactory.eINSTANCE.createLunMapping(),
					lun.getId() + "-lun" + c[0], null);
			mapping.setLun(lun);
			mapping.setLunNumber(Integer.parseInt(c[0]));
			unit.getMappings().add(mapping);
		}
	}

	/**
	 * {@code lun perm list}: LUN number, slice number, WWN (or {@code default}), group name, group and WWN
	 * permission, effective permission. Each WWN the array lets see a mapped LUN (rw or ro in the last column)
	 * is kept as the discovered mapping's {@link LunMasking}; the default line and denied WWNs are not access.
	 */
	void readMasking(String lunPermList) throws DiscoveryException {
		for (String line : T3Output.lines(lunPermList)) {
			String[] c = T3Output.columns(line);
			if (!c[0].matches("\\d{1,9}")) {
				continue; // the heading and its rule
			}
			if (c.length < 4 || !c[1].matches("\\d{1,9}")) {
				throw new DiscoveryException("lun perm list line is not a LUN number, a slice number, a WWN and its "
						+ "permissions: '" + line.strip() + "'");
			}
			String effective = c[c.length - 1];
			if (c[2].equals("default") || !(effective.equals("rw") || effective.equals("ro"))) {
				continue;
			}
			if (!LunMasking.isWwn(LunMasking.normal(c[2]))) {
				throw new DiscoveryException("lun perm list shows '" + c[2] + "' where a WWN belongs: '" + line.strip()
						+ "'");
			}
			LunMasking.of(mapped(c[0], line)).grant(c[2], effective);
		}
	}

	private LunMapping mapped(String lunNumber, String line) throws DiscoveryException {
		for (LunMapping m : unit.getMappings()) {
			if (Integer.toString(m.getLunNumber()).equals(lunNumber)) {
				return m;
			}
		}
		throw new DiscoveryException("lun perm list shows LUN " + lunNumber + " that lun map list does not map: '"
				+ line.strip() + "'");
	}

	private Volume volume(String name, String line) throws DiscoveryException {
		for (Volume volume : unit.getVolumes()) {
			if (volume.getName().equals(name)) {
				return volume;
			}
		}
		throw new DiscoveryException("volslice list names volume " + name + " that vol list does not show: '"
				+ line.strip() + "'");
	}
}
