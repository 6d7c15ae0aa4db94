package org.restripe.ui.diagram.parts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPartViewer;
import org.restripe.model.Lun;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;

/**
 * Which parts of a large site the diagram draws, kept per editor while it is open (view state, never saved):
 * a volume of more than {@link #LUNS_SHOWN} LUNs is listed as one {@link LunSummary} until the engineer opens
 * it, and on a site whose arrays would list more than {@link #ITEMS_SHOWN} lines in all, every array starts
 * folded to one {@link ArraySummary}. So the figures, their text layout and the automatic arrangement grow with
 * what is shown, not with the site; a small site (the demo site) is drawn whole, as before.
 */
public final class Folding {
	/** A volume with more LUNs than this lists them as one summary line until opened. */
	public static final int LUNS_SHOWN = 8;
	/** A site whose arrays would list more lines than this (LUN summaries counted as one) starts with arrays folded. */
	public static final int ITEMS_SHOWN = 3000;
	/** The viewer property under which the editor keeps its folding, for the parts. */
	public static final String KEY = Folding.class.getName();

	private final boolean arraysFolded;
	private final List<Runnable> listeners = new ArrayList<>();
	private final Set<Volume> openVolumes = new HashSet<>();
	private final Set<StorageUnit> openUnits = new HashSet<>();

	private Folding(boolean arraysFolded) {
		this.arraysFolded = arraysFolded;
	}

	/** A site's folding when its editor opens: LUN summaries always, folded arrays only on a site too large. */
	public static Folding of(Site site) {
		Folding volumesOnly = new Folding(false);
		long lines = 0;
		for (Subsystem subsystem : site.getSubsystems()) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				lines += volumesOnly.items(unit).size();
			}
		}
		return lines > ITEMS_SHOWN ? new Folding(true) : volumesOnly;
	}

	/** The editor's folding, kept in its viewer; a viewer without one gets its own (volumes summarised). */
	public static Folding of(EditPartViewer viewer) {
		if (viewer == null) {
			return new Folding(false);
		}
		if (!(viewer.getProperty(KEY) instanceof Folding folding)) {
			Folding fresh = new Folding(false);
			viewer.setProperty(KEY, fresh);
			return fresh;
		}
		return folding;
	}

	/** Told after something was opened or folded and the list redrawn (the editor marks the new figures). */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	void changed() {
		listeners.forEach(Runnable::run);
	}

	/** Whether the site's arrays start folded (a site too large to list them all). */
	public boolean foldsArrays() {
		return arraysFolded;
	}

	public boolean isFolded(StorageUnit unit) {
		return arraysFolded && !openUnits.contains(unit);
	}

	public boolean isFolded(Volume volume) {
		return !openVolumes.contains(volume);
	}

	/** Whether the engineer opened the array or one of its summarised volumes. */
	public boolean hasOpened(StorageUnit unit) {
		return openUnits.contains(unit) || unit.getVolumes().stream().anyMatch(openVolumes::contains);
	}

	/** Opens a folded array or volume, or folds an open one again. */
	public void toggle(Object summarised) {
		if (summarised instanceof Volume volume && !openVolumes.remove(volume)) {
			openVolumes.add(volume);
		} else if (summarised instanceof StorageUnit unit && !openUnits.remove(unit)) {
			openUnits.add(unit);
		}
	}

	/**
	 * Opens what hides the element (its array, its LUN's volume), so a review finding can select it: returns the
	 * storage unit whose list changed, or null when the element was shown already.
	 */
	public StorageUnit unfoldToShow(EObject element) {
		StorageUnit unit = unitOf(element);
		if (unit == null || element == unit) {
			return null;
		}
		boolean changed = false;
		if (isFolded(unit)) {
			openUnits.add(unit);
			changed = true;
		}
		if (element instanceof Lun lun && lun.getVolume() != null && isSummarised(unit, lun.getVolume())) {
			openVolumes.add(lun.getVolume());
			changed = true;
		}
		return changed ? unit : null;
	}

	private static StorageUnit unitOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof StorageUnit unit) {
				return unit;
			}
		}
		return null;
	}

	/**
	 * A storage unit's list as drawn: trays, volumes, LUNs (a folded volume's as one summary where its first LUN
	 * would be, an open one's after its summary, so it can be folded again), CKD devices; or one array summary.
	 */
	public List<Object> items(StorageUnit unit) {
		if (isFolded(unit)) {
			return List.of(new ArraySummary(unit));
		}
		List<Object> items = new ArrayList<>();
		if (arraysFolded) {
			items.add(new ArraySummary(unit)); // opened: its line stays on top, to fold it again
		}
		items.addAll(unit.getTrays());
		items.addAll(unit.getVolumes());
		Map<Volume, List<Lun>> byVolume = lunsByVolume(unit);
		for (Lun lun : unit.getLuns()) {
			List<Lun> group = lun.getVolume() == null ? null : byVolume.get(lun.getVolume());
			if (group == null || group.size() <= LUNS_SHOWN) {
				items.add(lun);
			} else if (group.get(0) == lun) {
				items.add(new LunSummary(lun.getVolume()));
				if (!isFolded(lun.getVolume())) {
					items.addAll(group);
				}
			}
		}
		items.addAll(unit.getCkdDevices());
		return items;
	}

	private static boolean isSummarised(StorageUnit unit, Volume volume) {
		return lunsOf(unit, volume).size() > LUNS_SHOWN;
	}

	private static Map<Volume, List<Lun>> lunsByVolume(StorageUnit unit) {
		Map<Volume, List<Lun>> byVolume = new LinkedHashMap<>();
		for (Lun lun : unit.getLuns()) {
			if (lun.getVolume() != null) {
				byVolume.computeIfAbsent(lun.getVolume(), v -> new ArrayList<>()).add(lun);
			}
		}
		return byVolume;
	}

	/** The LUNs of a volume, in the array's order. */
	public static List<Lun> lunsOf(StorageUnit unit, Volume volume) {
		List<Lun> luns = new ArrayList<>();
		for (Lun lun : unit.getLuns()) {
			if (lun.getVolume() == volume) {
				luns.add(lun);
			}
		}
		return luns;
	}
}
