package org.restripe.ui.diagram.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.restripe.model.CacheSettings;
import org.restripe.model.ChannelKind;
import org.restripe.model.DiagramElement;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;

/**
 * Gives an element dropped from the palette what the real thing comes with: a new array has a tray of
 * disks, its host ports and cache settings as its catalog model ships; a tray is full of disks; a volume
 * takes the free disks of one tray (the hot spare slot kept as standby); a LUN takes a volume that has none.
 */
final class Furnisher {
	private static final RestripeFactory F = RestripeFactory.eINSTANCE;

	private final Ids ids;

	Furnisher(Site site) {
		this.ids = new Ids(site);
	}

	void furnish(Identified element, Object parent, List<? extends Identified> siblings) {
		String kind = element.eClass().getName().toLowerCase();
		if (element.getId() == null) {
			element.setId(ids.next(kind));
		}
		if (element instanceof StorageUnit unit) {
			unit.setName(element.getName() != null ? element.getName() : Ids.nextName("array", siblings));
			furnishUnit(unit);
		} else if (element instanceof Tray tray && parent instanceof StorageUnit unit) {
			fillTray(unit, tray);
		} else if (element instanceof Volume volume && parent instanceof StorageUnit unit) {
			volume.setName(Ids.nextName("v", unit.getVolumes(), 0));
			takeDisks(unit, volume);
		} else if (element instanceof Lun lun && parent instanceof StorageUnit unit) {
			lun.setName(Ids.nextName("lun", unit.getLuns(), 0));
			takeVolume(unit, lun);
		} else if (element.getName() == null) {
			element.setName(Ids.nextName(kind, siblings));
		}
	}

	private void furnishUnit(StorageUnit unit) {
		if (unit.getTrays().isEmpty()) {
			Tray tray = F.createTray();
			tray.setId(ids.next(unit.getId() + "-u"));
			fillTray(unit, tray);
			unit.getTrays().add(tray);
		}
		if (unit.getCache() == null) {
			CacheSettings cache = F.createCacheSettings();
			cache.setId(ids.claim(unit.getId() + "-sys"));
			cache.setName("sys");
			unit.setCache(cache);
		}
	}

	/** Numbers the tray after the unit's last one and fills every slot with the model's first disk size. */
	private void fillTray(StorageUnit unit, Tray tray) {
		ArrayModel model = model(unit);
		int number = unit.getTrays().stream().mapToInt(Tray::getNumber).max().orElse(0) + 1;
		tray.setNumber(number);
		tray.setName("u" + number);
		long size = model.diskSizes().isEmpty() ? 0 : model.diskSizes().get(0);
		for (int slot = 1; slot <= model.disksPerTray(); slot++) {
			Disk disk = F.createDisk();
			disk.setName(model.diskName(number, slot));
			disk.setId(ids.claim(unit.getId() + "-" + disk.getName()));
			disk.setSlot(slot);
			disk.setSize(size);
			tray.getDisks().add(disk);
		}
		for (int p = 1; p <= model.portsPerTray(); p++) {
			Port port = F.createPort();
			port.setName(model.portName(number, p));
			port.setId(ids.claim(unit.getId() + "-" + port.getName()));
			port.setKind(model.channels().isEmpty() ? ChannelKind.FIBRE_CHANNEL : model.channels().iterator().next());
			unit.getPorts().add(port);
		}
	}

	private static void takeDisks(StorageUnit unit, Volume volume) {
		ArrayModel model = model(unit);
		Set<Disk> used = new HashSet<>();
		unit.getVolumes().forEach(v -> {
			used.addAll(v.getDataDisks());
			if (v.getStandby() != null) {
				used.add(v.getStandby());
			}
		});
		volume.setRaidLevel(model.supports(RaidLevel.RAID5) ? RaidLevel.RAID5 : RaidLevel.RAID1);
		volume.setState(VolumeState.UNINITIALIZED);
		for (Tray tray : unit.getTrays()) {
			List<Disk> free = new ArrayList<>(tray.getDisks().stream().filter(d -> !used.contains(d)).toList());
			if (free.size() < 3) {
				continue;
			}
			Disk spare = free.stream().filter(d -> d.getSlot() == model.hotSpareSlot()).findFirst().orElse(null);
			if (spare != null && model.hotSparesPerTray() > 0) {
				free.remove(spare);
				volume.setStandby(spare);
				spare.setRole(DiskRole.STANDBY_DISK);
			}
			int max = model.raid().get(volume.getRaidLevel()).maxDisks();
			free.stream().limit(max).forEach(d -> {
				volume.getDataDisks().add(d);
				d.setRole(DiskRole.DATA_DISK);
			});
			return;
		}
	}

	private static void takeVolume(StorageUnit unit, Lun lun) {
		Set<Volume> presented = new HashSet<>();
		unit.getLuns().forEach(l -> presented.add(l.getVolume()));
		Volume volume = unit.getVolumes().stream().filter(v -> !presented.contains(v)).findFirst()
				.orElse(unit.getVolumes().isEmpty() ? null : unit.getVolumes().get(0));
		lun.setVolume(volume);
		lun.setSize(volume == null || presented.contains(volume) ? 0 : volume.getCapacity());
	}

	private static ArrayModel model(StorageUnit unit) {
		DeviceCatalog catalog = DeviceCatalog.standard();
		return catalog.find(unit.getCatalogModel()).orElse(catalog.get("T3+"));
	}

	/** The size a node gets when dropped with a click rather than drawn. */
	static void defaultSize(DiagramElement element) {
		if (element.getWidth() > 0 && element.getHeight() > 0) {
			return;
		}
		int[] size = switch (element.eClass().getName()) {
		case "Subsystem" -> new int[] { 300, 200 };
		case "StorageUnit" -> new int[] { 190, 130 }; // "Volume v0 RAID5 254.8 GB" on one line at 100%
		case "Lan" -> new int[] { 500, 30 };
		case "ManagementHost" -> new int[] { 140, 60 };
		default -> new int[] { 120, 60 };
		};
		element.setWidth(size[0]);
		element.setHeight(size[1]);
	}
}
