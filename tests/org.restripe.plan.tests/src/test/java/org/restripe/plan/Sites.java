package org.restripe.plan;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.DemoSite;

/** The demo site and copies of it to edit into desired sites. */
final class Sites {
	private Sites() {
	}

	static Site demo() {
		return DemoSite.create();
	}

	static Site copy(Site site) {
		return EcoreUtil.copy(site);
	}

	@SuppressWarnings("unchecked")
	static <T extends Identified> T find(Site site, String id, Class<T> type) {
		for (var it = site.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Identified && id.equals(((Identified) e).getId())) {
				return (T) e;
			}
		}
		throw new IllegalArgumentException("no " + id + " in the site");
	}

	/**
	 * Changes a volume's RAID level as an engineer designs it: where the new level gives less capacity, the
	 * volume's LUNs shrink in proportion so the design still passes the technical review.
	 */
	static void changeRaidLevel(Volume volume, RaidLevel level) {
		long before = volume.getCapacity();
		volume.setRaidLevel(level);
		long after = volume.getCapacity();
		List<Lun> luns = ((StorageUnit) volume.eContainer()).getLuns().stream().filter(l -> l.getVolume() == volume)
				.toList();
		long used = luns.stream().mapToLong(Lun::getSize).sum();
		if (used <= after || used == 0) {
			return;
		}
		for (Lun lun : luns) {
			lun.setSize(Math.max(1_000_000L, (long) (lun.getSize() * ((double) after / used))) / 1_000_000L * 1_000_000L);
		}
		if (before < after) {
			throw new IllegalStateException("capacity grew yet LUNs did not fit: " + volume.getId());
		}
	}
}
