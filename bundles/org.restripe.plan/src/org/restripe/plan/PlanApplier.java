package org.restripe.plan;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.restripe.drivers.api.Step;
import org.restripe.model.Host;
import org.restripe.model.Identified;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * Applies a plan's steps to a site in memory, the way the arrays would: each step first checks what the
 * array itself would insist on (a volume unmounted before it is removed, no volume left when the block
 * size changes, free disks for a new volume, a LUN present before it is mapped), so a wrongly ordered or
 * incomplete plan fails here rather than at the customer's site.
 */
public final class PlanApplier {
	static final RestripeFactory F = RestripeFactory.eINSTANCE;

	private final Site site;
	private final Map<String, EObject> byId = new HashMap<>();

	public PlanApplier(Site site) {
		this.site = site;
		site.eAllContents().forEachRemaining(e -> {
			if (e instanceof Identified && ((Identified) e).getId() != null) {
				byId.put(((Identified) e).getId(), e);
			}
		});
	}

	/** Applies every step in order; stops at the first one the array would refuse. */
	public void apply(Plan plan) throws PlanApplyException {
		apply(plan.steps());
	}

	/** Applies these steps in order (a lane of the plan, say); stops at the first one the array would refuse. */
	void apply(java.util.List<PlannedStep> steps) throws PlanApplyException {
		for (PlannedStep s : steps) {
			try {
				apply(s.step());
			} catch (PlanApplyException e) {
				throw new PlanApplyException("step " + s.number() + " (" + s.summary() + "): " + e.getMessage());
			}
		}
	}

	public void apply(Step step) throws PlanApplyException {
		StepEffects effects = new StepEffects(this, step);
		effects.apply();
	}

	Site site() {
		return site;
	}

	<T> T find(String id, Class<T> type, String what) throws PlanApplyException {
		EObject found = id == null || id.isEmpty() ? null : byId.get(id);
		if (!type.isInstance(found)) {
			throw new PlanApplyException(what + " '" + id + "' is not in the site");
		}
		return type.cast(found);
	}

	/** Like {@link #find} but an empty id means none. */
	<T> T findOptional(String id, Class<T> type, String what) throws PlanApplyException {
		return id == null || id.isEmpty() ? null : find(id, type, what);
	}

	boolean exists(String id) {
		return byId.containsKey(id);
	}

	void register(Identified element) throws PlanApplyException {
		if (byId.putIfAbsent(element.getId(), element) != null) {
			throw new PlanApplyException("id '" + element.getId() + "' is already taken");
		}
		element.eAllContents().forEachRemaining(e -> byId.put(((Identified) e).getId(), e));
	}

	void forget(Identified element) {
		byId.remove(element.getId());
		element.eAllContents().forEachRemaining(e -> byId.remove(((Identified) e).getId()));
	}

	StorageUnit unit(Step step) throws PlanApplyException {
		return find(step.unitId(), StorageUnit.class, "storage unit");
	}

	Host host(String id) throws PlanApplyException {
		return findOptional(id, Host.class, "host");
	}

	Subsystem subsystem(String id) throws PlanApplyException {
		return find(id, Subsystem.class, "subsystem");
	}
}
