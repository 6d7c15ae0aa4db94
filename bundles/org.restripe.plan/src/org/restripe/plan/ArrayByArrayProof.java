package org.restripe.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.RestripePackage;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * The proof's work, array by array. A copy of the current site without its arrays (hosts, LANs, subsystems and
 * all) receives the arrays of the plan a batch at a time: their lanes' steps change them, they are compared with
 * the desired arrays and taken out again, so a batch is copied at a time rather than every array the plan touches
 * (half of a million-LUN site when 1% of its LUNs change). What the lanes do to the site beyond their array (a
 * host connected) stays for the next lanes, in the plan's order. The arrays without steps are compared as they
 * stand. The configuration is array by array, so this is the check of the whole
 * site's configuration; only the differences shown come array by array rather than in one sorted list.
 */
final class ArrayByArrayProof {
	static final int SHOWN = 5;
	/** Arrays copied at a time: enough to keep both cores busy, few enough to hold. */
	private static final int BATCH = 256;

	private final Site current;
	private final Plan plan;
	private final Site desired;

	ArrayByArrayProof(Site current, Plan plan, Site desired) {
		this.current = current;
		this.plan = plan;
		this.desired = desired;
	}

	/** The differences from the desired configuration after the plan ("- " after it, "+ " desired); none when sound. */
	List<String> differences() throws PlanApplyException {
		Map<String, StorageUnit> currentUnits = byId(current);
		Map<String, StorageUnit> desiredUnits = byId(desired);
		List<List<String>> byArray = new ArrayList<>(changedDifferences(currentUnits, desiredUnits));
		byArray.addAll(unchangedDifferences(currentUnits, desiredUnits));
		return shown(byArray);
	}

	/**
	 * The arrays with steps, a batch at a time: copied on every core, changed lane after lane in the plan's
	 * order, compared on every core, then taken out of the copy.
	 */
	private List<List<String>> changedDifferences(Map<String, StorageUnit> currentUnits,
			Map<String, StorageUnit> desiredUnits) throws PlanApplyException {
		EcoreUtil.Copier skeletonCopier = new WithoutArrays();
		Site skeleton = (Site) skeletonCopier.copy(current);
		skeletonCopier.copyReferences();
		PlanApplier applier = new PlanApplier(skeleton);
		List<String> laneIds = new ArrayList<>(plan.lanes().keySet());
		List<List<String>> byArray = new ArrayList<>();
		for (int from = 0; from < laneIds.size(); from += BATCH) {
			List<String> batch = laneIds.subList(from, Math.min(laneIds.size(), from + BATCH));
			// copying only reads the originals and the skeleton's copies
			List<StorageUnit> copies = batch.parallelStream()
					.map(id -> currentUnits.containsKey(id) ? copy(currentUnits.get(id), skeletonCopier) : null).toList();
			List<StorageUnit> afters = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				if (copies.get(i) != null) {
					((Subsystem) skeletonCopier.get(currentUnits.get(batch.get(i)).eContainer())).getStorageUnits()
							.add(copies.get(i));
					applier.register(copies.get(i));
				}
				applier.apply(plan.lanes().get(batch.get(i)));
				afters.add(applier.exists(batch.get(i))
						? applier.find(batch.get(i), StorageUnit.class, "storage unit")
						: null);
			}
			byArray.addAll(java.util.stream.IntStream.range(0, batch.size()).parallel()
					.mapToObj(i -> differences(afters.get(i), desiredUnits.get(batch.get(i)))).toList());
			for (StorageUnit after : afters) {
				if (after != null) {
					applier.forget(after);
					EcoreUtil.remove(after);
				}
			}
		}
		return byArray;
	}

	/** A copy of the array, its references to hosts and other elements outside it on the skeleton's copies. */
	private static StorageUnit copy(StorageUnit original, EcoreUtil.Copier skeletonCopier) {
		EcoreUtil.Copier arrayCopier = new EcoreUtil.Copier() {
			private static final long serialVersionUID = 1L;

			@Override
			public EObject get(Object original) {
				EObject copied = super.get(original);
				return copied != null ? copied : skeletonCopier.get(original);
			}
		};
		StorageUnit copy = (StorageUnit) arrayCopier.copy(original);
		arrayCopier.copyReferences();
		return copy;
	}

	private List<List<String>> unchangedDifferences(Map<String, StorageUnit> currentUnits,
			Map<String, StorageUnit> desiredUnits) {
		List<String> ids = new ArrayList<>();
		desiredUnits.keySet().stream().filter(id -> !plan.lanes().containsKey(id)).forEach(ids::add);
		currentUnits.keySet().stream().filter(id -> !plan.lanes().containsKey(id) && !desiredUnits.containsKey(id))
				.forEach(ids::add);
		return ids.parallelStream().map(id -> differences(currentUnits.get(id), desiredUnits.get(id)))
				.filter(d -> !d.isEmpty()).toList();
	}

	private static List<String> differences(StorageUnit after, StorageUnit wanted) {
		List<String> mine = after == null ? List.of() : StorageConfiguration.linesOf(after);
		List<String> theirs = wanted == null ? List.of() : StorageConfiguration.linesOf(wanted);
		return StorageConfiguration.sameLines(mine, theirs) ? List.of()
				: StorageConfiguration.differences(mine, theirs, SHOWN);
	}

	/** The first few lines only after the plan has, then the first few only desired has, array after array. */
	private static List<String> shown(List<List<String>> byArray) {
		List<String> shown = new ArrayList<>();
		byArray.stream().flatMap(List::stream).filter(l -> l.startsWith("- ")).limit(SHOWN).forEach(shown::add);
		byArray.stream().flatMap(List::stream).filter(l -> l.startsWith("+ ")).limit(SHOWN).forEach(shown::add);
		return shown;
	}

	private static Map<String, StorageUnit> byId(Site site) {
		Map<String, StorageUnit> units = new LinkedHashMap<>();
		for (StorageUnit unit : StorageConfiguration.units(site)) {
			units.put(unit.getId(), unit);
		}
		return units;
	}

	/** Copies a site without the arrays of its subsystems; a reference to an array stays on the original. */
	private static final class WithoutArrays extends EcoreUtil.Copier {
		private static final long serialVersionUID = 1L;

		@Override
		protected void copyContainment(EReference reference, EObject original, EObject copy) {
			if (reference != RestripePackage.Literals.SUBSYSTEM__STORAGE_UNITS) {
				super.copyContainment(reference, original, copy);
			}
		}
	}
}
