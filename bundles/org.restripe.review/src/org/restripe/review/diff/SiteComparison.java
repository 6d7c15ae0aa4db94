package org.restripe.review.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.CacheSettings;
import org.restripe.model.ChangeKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.Disk;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Port;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;

/**
 * A minimal by-id comparison of two versions of a site that tells which kinds of change it takes.
 * It is what the service-level review needs; the planner orders and details the changes itself.
 */
public final class SiteComparison {

	private final List<Change> changes = new ArrayList<>();

	private SiteComparison() {
	}

	public static List<Change> compare(Site current, Site desired) {
		SiteComparison comparison = new SiteComparison();
		Map<String, Identified> before = index(current);
		Map<String, Identified> after = index(desired);
		after.forEach((id, element) -> {
			Identified old = before.get(id);
			if (old == null) {
				comparison.added(element);
			} else {
				comparison.changed(old, element);
			}
		});
		before.forEach((id, element) -> {
			if (!after.containsKey(id)) {
				comparison.removed(element);
			}
		});
		return comparison.changes;
	}

	/** The distinct kinds of change between the two sites. */
	public static Set<ChangeKind> kinds(Site current, Site desired) {
		Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
		compare(current, desired).forEach(c -> kinds.add(c.kind()));
		return kinds;
	}

	private static Map<String, Identified> index(Site site) {
		Map<String, Identified> map = new HashMap<>();
		for (var it = EcoreUtil.<EObject>getAllProperContents(site, false); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Identified && ((Identified) next).getId() != null) {
				map.put(((Identified) next).getId(), (Identified) next);
			}
		}
		return map;
	}

	private void add(ChangeKind kind, Identified element, String description) {
		changes.add(new Change(kind, element.getId(), description));
	}

	private void added(Identified e) {
		if (e instanceof StorageUnit || e instanceof Tray || e instanceof Disk) {
			add(ChangeKind.CAPACITY_ADDITION, e, "new " + e.eClass().getName() + " " + e.getName());
		} else if (e instanceof Volume) {
			add(ChangeKind.RAID_LEVEL_CHANGE, e, "new volume " + e.getName());
		} else if (e instanceof Lun) {
			add(ChangeKind.LUN_SIZE_CHANGE, e, "new LUN " + e.getName());
		} else if (e instanceof LunMapping) {
			add(ChangeKind.DEVICE_MOVE, e, "LUN presented to another host");
		} else if (e instanceof Port) {
			add(ChangeKind.CHANNEL_ADDITION, e, "new channel " + e.getName());
		} else if (e instanceof CkdDevice) {
			add(ChangeKind.CKD_TYPE_CHANGE, e, "new CKD device " + e.getName());
		}
	}

	private void removed(Identified e) {
		if (e instanceof Volume) {
			add(ChangeKind.RAID_LEVEL_CHANGE, e, "volume " + e.getName() + " removed");
		} else if (e instanceof Lun) {
			add(ChangeKind.LUN_SIZE_CHANGE, e, "LUN " + e.getName() + " removed");
		} else if (e instanceof LunMapping) {
			add(ChangeKind.DEVICE_MOVE, e, "LUN no longer presented to a host");
		} else if (e instanceof CkdDevice) {
			add(ChangeKind.CKD_TYPE_CHANGE, e, "CKD device " + e.getName() + " removed");
		}
	}

	private void changed(Identified old, Identified now) {
		if (!Objects.equals(idOf(old.eContainer()), idOf(now.eContainer()))) {
			add(ChangeKind.DEVICE_MOVE, now, now.getName() + " moves to another parent");
		}
		if (now instanceof Volume) {
			changedVolume((Volume) old, (Volume) now);
		} else if (now instanceof Lun) {
			changedLun((Lun) old, (Lun) now);
		} else if (now instanceof CacheSettings) {
			changedCache((CacheSettings) old, (CacheSettings) now);
		} else if (now instanceof CkdDevice && ((CkdDevice) old).getDeviceType() != ((CkdDevice) now).getDeviceType()) {
			add(ChangeKind.CKD_TYPE_CHANGE, now, "CKD type " + ((CkdDevice) old).getDeviceType() + " -> "
					+ ((CkdDevice) now).getDeviceType());
		} else if (now instanceof LunMapping) {
			changedMapping((LunMapping) old, (LunMapping) now);
		} else if (now instanceof Port && !Objects.equals(idOf(((Port) old).getHost()), idOf(((Port) now).getHost()))) {
			add(ChangeKind.PERFORMANCE_BALANCING, now, "channel " + now.getName() + " recabled to another host");
		}
	}

	private void changedVolume(Volume old, Volume now) {
		if (old.getRaidLevel() != now.getRaidLevel()) {
			add(ChangeKind.RAID_LEVEL_CHANGE, now, "RAID " + old.getRaidLevel() + " -> " + now.getRaidLevel());
		}
		if (!idsOf(old.getDataDisks()).equals(idsOf(now.getDataDisks()))) {
			add(ChangeKind.RAID_LEVEL_CHANGE, now, "data disks of " + now.getName() + " change");
		}
		if (!Objects.equals(idOf(old.getStandby()), idOf(now.getStandby()))) {
			add(ChangeKind.HOT_STANDBY, now, "hot standby of " + now.getName() + " changes");
		}
	}

	private void changedLun(Lun old, Lun now) {
		if (old.getSize() != now.getSize()) {
			add(ChangeKind.LUN_SIZE_CHANGE, now, "LUN " + now.getName() + " resized");
		}
		if (!Objects.equals(idOf(old.getVolume()), idOf(now.getVolume()))) {
			add(ChangeKind.DEVICE_MOVE, now, "LUN " + now.getName() + " moves to another volume");
		}
	}

	private void changedCache(CacheSettings old, CacheSettings now) {
		if (old.getBlockSize() != now.getBlockSize() || old.getCacheMode() != now.getCacheMode()
				|| old.getMirror() != now.getMirror() || old.isReadAhead() != now.isReadAhead()) {
			add(ChangeKind.CACHE_BLOCKING, now, "cache settings change");
		}
	}

	private void changedMapping(LunMapping old, LunMapping now) {
		if (!Objects.equals(idOf(old.getHost()), idOf(now.getHost())) || !Objects.equals(idOf(old.getLun()), idOf(now.getLun()))) {
			add(ChangeKind.DEVICE_MOVE, now, "LUN presented to another host");
		} else if (!Objects.equals(idOf(old.getPort()), idOf(now.getPort()))) {
			add(ChangeKind.PERFORMANCE_BALANCING, now, "LUN served through another channel");
		}
	}

	private static String idOf(EObject e) {
		return e instanceof Identified ? ((Identified) e).getId() : null;
	}

	private static List<String> idsOf(List<? extends Identified> elements) {
		List<String> ids = new ArrayList<>(elements.size());
		elements.forEach(e -> ids.add(e.getId()));
		return ids;
	}
}
