package org.restripe.ui.diagram.parts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.EditPolicy;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.ui.diagram.policies.UnitContentsPolicy;

/**
 * A storage unit (disk array): its model and capacity, and its trays, volumes and LUNs listed inside, as
 * {@link Folding} shows them on a large site.
 */
public class StorageUnitPart extends NodePart {
	@Override
	protected void createEditPolicies() {
		super.createEditPolicies();
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new UnitContentsPolicy());
	}

	public StorageUnit unit() {
		return (StorageUnit) getModel();
	}

	/** Its list as drawn: a large volume's LUNs (or a folded array's whole list) as one summary line. */
	@Override
	protected List<Object> getModelChildren() {
		return Folding.of(getViewer()).items(unit());
	}

	/** Opens a folded volume or this array (or folds it again), redraws the list and tells the editor. */
	public void toggle(Object summarised) {
		Folding folding = Folding.of(getViewer());
		folding.toggle(summarised);
		refreshItems();
		if (summarised == unit()) {
			refreshCabling();
		}
		folding.changed();
	}

	/** After the array was opened or folded: its channels and console link, at both ends. */
	public void refreshCabling() {
		refreshLinks();
		Map<?, ?> registry = getViewer().getEditPartRegistry();
		Set<Object> ends = new HashSet<>();
		unit().getPorts().stream().filter(p -> p.getHost() != null).forEach(p -> ends.add(p.getHost()));
		if (EcoreUtil.getRootContainer(unit()) instanceof Site site && site.getManagementHost() != null) {
			ends.add(site.getManagementHost());
		}
		for (Object end : ends) {
			if (registry.get(end) instanceof NodePart node) {
				node.refreshLinks();
			}
		}
	}

	/** Redraws the list after its folding changed (the summaries' arrows and counts too). */
	public void refreshItems() {
		refreshChildren();
		for (Object child : getChildren()) {
			if (child instanceof SummaryPart summary) {
				summary.contentsChanged();
			}
		}
		if (Folding.of(getViewer()).hasOpened(unit())) {
			raise();
		}
	}

	/**
	 * Draws this array over its neighbours: opened, it is taller than the box the arrangement gave it (the model
	 * keeps that box; opening is no change to the site), and its list stays readable above the arrays below it.
	 */
	private void raise() {
		IFigure figure = getFigure();
		IFigure parent = figure.getParent();
		if (parent != null && parent.getChildren().indexOf(figure) != parent.getChildren().size() - 1) {
			Object constraint = parent.getLayoutManager() == null ? null : parent.getLayoutManager().getConstraint(figure);
			parent.remove(figure);
			parent.add(figure, constraint); // as GEF reorders a child's figure
		}
	}

	@Override
	protected void modelChanged(Notification notification) {
		super.modelChanged(notification);
		Object feature = notification.getFeature();
		if (feature == Literals.STORAGE_UNIT__TRAYS || feature == Literals.STORAGE_UNIT__VOLUMES
				|| feature == Literals.STORAGE_UNIT__LUNS || feature == Literals.STORAGE_UNIT__CKD_DEVICES) {
			refreshItems();
		}
	}
}
