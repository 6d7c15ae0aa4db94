package org.restripe.ui.diagram.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.gef.EditPolicy;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.StorageUnit;
import org.restripe.ui.diagram.figures.NodeFigure;
import org.restripe.ui.diagram.figures.Palette;
import org.restripe.ui.diagram.policies.UnitContentsPolicy;

/** A storage unit (disk array): its model and capacity, and its trays, volumes and LUNs listed inside. */
public class StorageUnitPart extends NodePart {
	private static final long GB = 1_000_000_000L;

	@Override
	protected IFigure createFigure() {
		ToolbarLayout list = new ToolbarLayout();
		list.setStretchMinorAxis(true);
		return new NodeFigure(Palette.STORAGE_UNIT, 2 * NodeFigure.TITLE_HEIGHT + 4, list);
	}

	@Override
	protected void createEditPolicies() {
		super.createEditPolicies();
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new UnitContentsPolicy());
	}

	public StorageUnit unit() {
		return (StorageUnit) getModel();
	}

	@Override
	protected List<Object> getModelChildren() {
		List<Object> items = new ArrayList<>(unit().getTrays());
		items.addAll(unit().getVolumes());
		items.addAll(unit().getLuns());
		return items;
	}

	@Override
	protected void modelChanged(Notification notification) {
		super.modelChanged(notification);
		Object feature = notification.getFeature();
		if (feature == Literals.STORAGE_UNIT__TRAYS || feature == Literals.STORAGE_UNIT__VOLUMES
				|| feature == Literals.STORAGE_UNIT__LUNS) {
			refreshChildren();
		}
	}

	@Override
	protected String subtitle() {
		return unit().getCatalogModel() + ", " + String.format("%.1f GB", unit().getUsableCapacity() / (double) GB);
	}
}
