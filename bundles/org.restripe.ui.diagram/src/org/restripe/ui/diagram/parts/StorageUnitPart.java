package org.restripe.ui.diagram.parts;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.gef.EditPolicy;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.StorageUnit;
import org.restripe.ui.diagram.policies.UnitContentsPolicy;

/** A storage unit (disk array): its model and capacity, and its trays, volumes and LUNs listed inside. */
public class StorageUnitPart extends NodePart {
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
		return NodeTexts.items(unit());
	}

	@Override
	protected void modelChanged(Notification notification) {
		super.modelChanged(notification);
		Object feature = notification.getFeature();
		if (feature == Literals.STORAGE_UNIT__TRAYS || feature == Literals.STORAGE_UNIT__VOLUMES
				|| feature == Literals.STORAGE_UNIT__LUNS || feature == Literals.STORAGE_UNIT__CKD_DEVICES) {
			refreshChildren();
		}
	}
}
