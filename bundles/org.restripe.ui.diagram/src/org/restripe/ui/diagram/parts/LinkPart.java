package org.restripe.ui.diagram.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.ui.views.properties.IPropertySource;
import org.restripe.model.Port;
import org.restripe.model.SerialPort;
import org.restripe.ui.diagram.figures.LinkFigures;
import org.restripe.ui.diagram.policies.LinkComponentPolicy;
import org.restripe.ui.properties.EObjectPropertySource;

/** A channel, LAN link or console link between two nodes. */
public class LinkPart extends AbstractConnectionEditPart {

	@Override
	protected IFigure createFigure() {
		Object link = getModel();
		if (link instanceof Port) {
			return LinkFigures.channel();
		}
		return link instanceof SerialPort ? LinkFigures.consoleLink() : LinkFigures.lanLink();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.CONNECTION_ROLE, new LinkComponentPolicy());
		installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
	}

	@Override
	public Object getAdapter(@SuppressWarnings("rawtypes") Class key) {
		if (key == IPropertySource.class && getModel() instanceof EObject port) {
			return new EObjectPropertySource(port, Editing.allowed(this)); // a channel's port or a console's serial line
		}
		return super.getAdapter(key);
	}
}
