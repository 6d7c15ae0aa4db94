package org.restripe.ui.diagram.parts;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.gef.EditPolicy;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.Subsystem;
import org.restripe.ui.diagram.policies.SiteLayoutPolicy;

/** A subsystem: a box holding its storage units where the engineer placed them. */
public class SubsystemPart extends NodePart {

	@Override
	protected void createEditPolicies() {
		super.createEditPolicies();
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new SiteLayoutPolicy());
		removeEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE); // no cable ends at a subsystem, only at its arrays
	}

	@Override
	protected List<?> getModelChildren() {
		return ((Subsystem) getModel()).getStorageUnits();
	}

	@Override
	protected void modelChanged(Notification notification) {
		super.modelChanged(notification);
		if (notification.getFeature() == Literals.SUBSYSTEM__STORAGE_UNITS) {
			refreshChildren();
		}
	}
}
