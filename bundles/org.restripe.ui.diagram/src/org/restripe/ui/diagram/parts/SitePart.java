package org.restripe.ui.diagram.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.eclipse.ui.views.properties.IPropertySource;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.Site;
import org.restripe.ui.diagram.figures.FittingXYLayout;
import org.restripe.ui.diagram.policies.SiteLayoutPolicy;
import org.restripe.ui.properties.EObjectPropertySource;

/**
 * The whole site: LANs (drawn first, behind), subsystems, hosts, the management host and the modem. It
 * watches the site's contents for cables added or removed anywhere (a port's host, a LAN attachment, a
 * console line) and has the nodes at both ends redraw their connections.
 * <p>
 * As the viewer's contents it is what the editor selects when nothing else is (or the background is
 * clicked), so it offers the site's own properties (id, name, customer) to the tabbed Properties view, editable
 * through the editor's command stack like any node's.
 */
public class SitePart extends AbstractGraphicalEditPart {
	private static final Set<Object> CABLING = Set.of(Literals.PORT__HOST, Literals.HOST__LANS,
			Literals.MANAGEMENT_HOST__LANS, Literals.SERIAL_PORT__CONSOLE, Literals.STORAGE_UNIT__PORTS,
			Literals.MANAGEMENT_HOST__SERIAL_PORTS, Literals.SUBSYSTEM__STORAGE_UNITS);
	private static final Set<Object> NODES = Set.of(Literals.SITE__SUBSYSTEMS, Literals.SITE__HOSTS,
			Literals.SITE__LANS, Literals.SITE__MANAGEMENT_HOST, Literals.SITE__MODEM);

	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch() || !isActive()) {
				return;
			}
			if (NODES.contains(notification.getFeature())) {
				refreshChildren();
			}
			if (CABLING.contains(notification.getFeature()) || NODES.contains(notification.getFeature())) {
				refreshAllLinks();
			}
		}
	};

	public Site site() {
		return (Site) getModel();
	}

	@Override
	public void activate() {
		super.activate();
		site().eAdapters().add(listener);
	}

	@Override
	public void deactivate() {
		site().eAdapters().remove(listener);
		super.deactivate();
	}

	@Override
	protected IFigure createFigure() {
		FreeformLayer layer = new FreeformLayer();
		layer.setLayoutManager(new FittingXYLayout.Freeform());
		layer.setBorder(new MarginBorder(5));
		return layer;
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new SiteLayoutPolicy());
	}

	@Override
	protected List<Object> getModelChildren() {
		Site site = site();
		List<Object> children = new ArrayList<>(site.getLans());
		children.addAll(site.getSubsystems());
		children.addAll(site.getHosts());
		if (site.getManagementHost() != null) {
			children.add(site.getManagementHost());
		}
		if (site.getModem() != null) {
			children.add(site.getModem());
		}
		return children;
	}

	@Override
	public Object getAdapter(@SuppressWarnings("rawtypes") Class key) {
		if (key == IPropertySource.class) {
			return new EObjectPropertySource(site(), Editing.allowed(this));
		}
		return super.getAdapter(key);
	}

	/** Every node redraws its connections; cheap next to a redraw, and never misses the far end of a cable. */
	void refreshAllLinks() {
		for (Object part : new ArrayList<>(getViewer().getEditPartRegistry().values())) {
			if (part instanceof NodePart node && node.isActive()) {
				node.refreshLinks();
			}
		}
	}
}
