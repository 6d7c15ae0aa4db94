package org.restripe.ui.diagram.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.restripe.model.Identified;
import org.restripe.ui.diagram.figures.ItemFigure;
import org.restripe.ui.diagram.figures.Marks;
import org.restripe.ui.diagram.policies.ElementComponentPolicy;
import org.restripe.ui.diagram.policies.RenamePolicy;
import org.restripe.ui.properties.EObjectPropertySource;

/** A tray, volume or LUN inside its storage unit, its text wrapped to the unit's width. */
public class ItemPart extends AbstractGraphicalEditPart implements Markable {
	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && isActive()) {
				refreshVisuals();
				EditPart unit = getParent();
				if (unit instanceof StorageUnitPart part) {
					part.refreshVisuals(); // a RAID level or disk change alters the unit's capacity line
				}
			}
		}
	};

	public Identified item() {
		return (Identified) getModel();
	}

	@Override
	public void activate() {
		super.activate();
		item().eAdapters().add(listener);
	}

	@Override
	public void deactivate() {
		item().eAdapters().remove(listener);
		super.deactivate();
	}

	@Override
	protected IFigure createFigure() {
		return new ItemFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentPolicy());
		installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new RenamePolicy());
		if (getModel() instanceof org.restripe.model.Tray) { // a read-only diagram's palette has no Disk to drop
			installEditPolicy(EditPolicy.CONTAINER_ROLE, new org.restripe.ui.diagram.policies.TrayDiskPolicy());
		}
	}

	@Override
	protected void refreshVisuals() {
		((ItemFigure) getFigure()).setText(NodeTexts.itemText(item()));
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())) { // F2 or Rename; a click or double click only selects
			new RenameManager(this, () -> getFigure().getBounds().getCopy(), item().getName()).show();
		}
	}

	/** A click on the selected figure keeps it selected for Delete; F2 renames. */
	@Override
	public org.eclipse.gef.DragTracker getDragTracker(Request request) {
		return new SelectAndDragTracker(this);
	}

	@Override
	public Object getAdapter(@SuppressWarnings("rawtypes") Class key) {
		if (key == IPropertySource.class) {
			return new EObjectPropertySource(item(), Editing.allowed(this));
		}
		return super.getAdapter(key);
	}

	@Override
	public void mark(Marks marks) {
		((ItemFigure) getFigure()).mark(marks);
	}

	@Override
	public Marks marks() {
		return ((ItemFigure) getFigure()).marks();
	}
}
