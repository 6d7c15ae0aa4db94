package org.restripe.connect.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.CacheSettings;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.samples.SiteBuilder;

/**
 * The site as discovery found it: a copy of the site file with every array's configuration taken from its
 * console (disks, volumes, cache settings, slices and LUN numbers), matched by name as {@link ArrayComparison}
 * compares them, while what no console can tell stays as the site file has it (ids of what is unchanged, hosts,
 * cabling, the diagram). Adopting it must leave no difference, or it is not offered.
 */
public final class ArrayAdoption {
	private ArrayAdoption() {
	}

	/**
	 * The site with the discovered arrays adopted, or null when an array's difference cannot be taken over
	 * from what its console shows (then the engineer imports or designs the change instead).
	 */
	public static Site adopt(Site site, List<SiteArrays.SiteArray> arrays, Map<String, StorageUnit> found) {
		Site adopted = EcoreUtil.copy(site);
		for (SiteArrays.SiteArray array : arrays) {
			StorageUnit discovered = found.get(array.name());
			StorageUnit unit = unitNamed(adopted, array.name());
			if (discovered == null || unit == null) {
				return null;
			}
			if (ArrayComparison.differences(unit, discovered, array.driver()).isEmpty()) {
				continue; // as the file says: left alone, LUN sizes as designed rather than as the array rounds them
			}
			adoptUnit(unit, discovered);
			if (!ArrayComparison.differences(unit, discovered, array.driver()).isEmpty()) {
				return null;
			}
		}
		return adopted;
	}

	private static StorageUnit unitNamed(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElse(null);
	}

	private static void adoptUnit(StorageUnit unit, StorageUnit discovered) {
		unit.setVolumeSlicing(discovered.isVolumeSlicing());
		adoptDisks(unit, discovered);
		adoptVolumes(unit, discovered);
		adoptCache(unit, discovered.getCache());
		if (discovered.isVolumeSlicing()) {
			adoptSlices(unit, discovered);
		}
		markRoles(unit);
	}

	private static void adoptDisks(StorageUnit unit, StorageUnit discovered) {
		List<String> onArray = new ArrayList<>();
		for (Tray foundTray : discovered.getTrays()) {
			Tray tray = unit.getTrays().stream().filter(t -> t.getNumber() == foundTray.getNumber()).findFirst()
					.orElseGet(() -> addTray(unit, foundTray));
			for (Disk foundDisk : foundTray.getDisks()) {
				onArray.add(foundDisk.getName());
				Disk disk = disk(unit, foundDisk.getName());
				if (disk == null) {
					disk = SiteBuilder.identify(RestripeFactory.eINSTANCE.createDisk(), unit.getId() + "-" + foundDisk.getName(),
							foundDisk.getName());
					disk.setSlot(foundDisk.getSlot());
					tray.getDisks().add(disk);
				}
				disk.setSize(foundDisk.getSize());
			}
		}
		for (Tray tray : unit.getTrays()) {
			// a drive the console no longer lists: out of the file, and out of the volumes that named it
			new ArrayList<>(tray.getDisks()).stream().filter(d -> !onArray.contains(d.getName())).forEach(EcoreUtil::delete);
		}
	}

	private static Tray addTray(StorageUnit unit, Tray found) {
		Tray tray = SiteBuilder.identify(RestripeFactory.eINSTANCE.createTray(), unit.getId() + "-" + found.getName(),
				found.getName());
		tray.setNumber(found.getNumber());
		unit.getTrays().add(tray);
		return tray;
	}

	private static void adoptVolumes(StorageUnit unit, StorageUnit discovered) {
		List<String> onArray = discovered.getVolumes().stream().map(Volume::getName).toList();
		new ArrayList<>(unit.getVolumes()).stream().filter(v -> !onArray.contains(v.getName())).forEach(EcoreUtil::delete);
		for (Volume found : discovered.getVolumes()) {
			Volume volume = unit.getVolumes().stream().filter(v -> found.getName().equals(v.getName())).findFirst()
					.orElse(null);
			if (volume == null) {
				volume = SiteBuilder.identify(RestripeFactory.eINSTANCE.createVolume(), unit.getId() + "-" + found.getName(),
						found.getName());
				unit.getVolumes().add(volume);
			}
			volume.setRaidLevel(found.getRaidLevel());
			volume.setState(found.getState());
			volume.getDataDisks().clear();
			for (Disk d : found.getDataDisks()) {
				volume.getDataDisks().add(disk(unit, d.getName()));
			}
			volume.setStandby(found.getStandby() == null ? null : disk(unit, found.getStandby().getName()));
		}
	}

	private static void adoptCache(StorageUnit unit, CacheSettings found) {
		if (found == null) {
			return;
		}
		if (unit.getCache() == null) {
			unit.setCache(EcoreUtil.copy(found));
			return;
		}
		CacheSettings cache = unit.getCache();
		cache.setBlockSize(found.getBlockSize());
		cache.setCacheMode(found.getCacheMode());
		cache.setMirror(found.getMirror());
		cache.setReadAhead(found.isReadAhead());
		cache.setReconRate(found.getReconRate());
	}

	/** Slices by name (size, volume) and the LUN numbers they are mapped under; hosts stay as the file has them. */
	private static void adoptSlices(StorageUnit unit, StorageUnit discovered) {
		List<String> onArray = discovered.getLuns().stream().map(Lun::getName).toList();
		new ArrayList<>(unit.getLuns()).stream().filter(l -> !onArray.contains(l.getName())).forEach(EcoreUtil::delete);
		for (Lun found : discovered.getLuns()) {
			Lun lun = unit.getLuns().stream().filter(l -> found.getName().equals(l.getName())).findFirst().orElse(null);
			if (lun == null) {
				lun = SiteBuilder.identify(RestripeFactory.eINSTANCE.createLun(), unit.getId() + "-" + found.getName(),
						found.getName());
				unit.getLuns().add(lun);
			}
			lun.setSize(found.getSize());
			Volume on = found.getVolume();
			lun.setVolume(on == null ? null : unit.getVolumes().stream().filter(v -> on.getName().equals(v.getName()))
					.findFirst().orElse(null));
		}
		for (LunMapping found : discovered.getMappings()) {
			String slice = found.getLun() == null ? null : found.getLun().getName();
			LunMapping mapping = unit.getMappings().stream()
					.filter(m -> m.getLun() != null && Objects.equals(slice, m.getLun().getName())).findFirst().orElse(null);
			if (mapping != null) {
				mapping.setLunNumber(found.getLunNumber());
			}
		}
	}

	/** Data disks, standbys and the rest marked as the volumes now use them, as the review expects. */
	private static void markRoles(StorageUnit unit) {
		for (Tray tray : unit.getTrays()) {
			for (Disk disk : tray.getDisks()) {
				boolean data = unit.getVolumes().stream().anyMatch(v -> v.getDataDisks().contains(disk));
				boolean standby = unit.getVolumes().stream().anyMatch(v -> v.getStandby() == disk);
				disk.setRole(data ? DiskRole.DATA_DISK : standby ? DiskRole.STANDBY_DISK : DiskRole.UNASSIGNED);
			}
		}
	}

	private static Disk disk(StorageUnit unit, String name) {
		for (Tray tray : unit.getTrays()) {
			for (Disk disk : tray.getDisks()) {
				if (name.equals(disk.getName())) {
					return disk;
				}
			}
		}
		return null;
	}
}
