package org.restripe.ui.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.restripe.model.DiagramElement;
import org.restripe.ui.diagram.figures.Marks;
import org.restripe.ui.diagram.figures.NodeFigure;
import org.restripe.ui.diagram.policies.ElementComponentPolicy;
import org.restripe.ui.diagram.policies.LinkingPolicy;
import org.restripe.ui.diagram.policies.RenamePolicy;
import org.restripe.ui.properties.EObjectPropertySource;

/**
 * A node of the diagram (host, LAN, management host, modem; subclasses add subsystems and storage units).
 * It listens to its element through an EMF adapter added in activate() and removed in deactivate().
 */
public class NodePart extends AbstractGraphicalEditPart implements NodeEditPart, Markable {
	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && isActive()) {
				modelChanged(notification);
			}
		}
	};

	public DiagramElement element() {
		return (DiagramElement) getModel();
	}

	@Override
	public void activate() {
		super.activate();
		element().eAdapters().add(listener);
	}

	@Override
	public void deactivate() {
		element().eAdapters().remove(listener);
		super.deactivate();
	}

	/** Attribute changes redraw the node; subclasses also refresh their children. */
	protected void modelChanged(Notification notification) {
		refreshVisuals();
	}

	@Override
	protected IFigure createFigure() {
		return NodeTexts.figureFor(element());
	}

	/** A storage unit's items and a subsystem's units go into the node's contents, below or behind its text. */
	@Override
	public IFigure getContentPane() {
		IFigure contents = nodeFigure().contents();
		return contents != null ? contents : getFigure();
	}

	public NodeFigure nodeFigure() {
		return (NodeFigure) getFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentPolicy());
		installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new RenamePolicy());
		installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new LinkingPolicy());
	}

	@Override
	protected void refreshVisuals() {
		nodeFigure().setTitle(NodeTexts.title(element()), NodeTexts.subtitle(element()));
		Rectangle bounds = new Rectangle(element().getX(), element().getY(), element().getWidth(), element().getHeight());
		if (getParent() instanceof SubsystemPart container) {
			bounds.translate(-container.element().getX(), -container.element().getY());
		}
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), bounds);
	}

	/** Re-reads the connections at both ends of this node, after a cable was added or removed anywhere. */
	public void refreshLinks() {
		refreshSourceConnections();
		refreshTargetConnections();
	}

	@Override
	protected List<Object> getModelSourceConnections() {
		return Links.outgoing(element(), Folding.of(getViewer()));
	}

	@Override
	protected List<Object> getModelTargetConnections() {
		return Links.incoming(element(), Folding.of(getViewer()));
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(Request request) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(Request request) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())) { // F2 or Rename; a click or double click only selects
			new RenameManager(this, nodeFigure()::titleBounds, element().getName()).show();
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
			return new EObjectPropertySource(element(), Editing.allowed(this));
		}
		return super.getAdapter(key);
	}

	@Override
	public void mark(Marks marks) {
		nodeFigure().mark(marks);
	}

	@Override
	public Marks marks() {
		return nodeFigure().marks();
	}
}
