package org.restripe.ui.diagram.policies;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.restripe.ui.diagram.commands.CreateLinkCommand;
import org.restripe.ui.diagram.commands.LinkKind;

/** Drawing channels, LAN links and console links between nodes. */
public class LinkingPolicy extends GraphicalNodeEditPolicy {

	@Override
	protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
		if (!(request.getNewObjectType() instanceof LinkKind kind) || !kind.canStartAt(getHost().getModel())) {
			return null;
		}
		CreateLinkCommand command = new CreateLinkCommand(kind, (EObject) getHost().getModel());
		request.setStartCommand(command);
		return command;
	}

	@Override
	protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
		if (!(request.getStartCommand() instanceof CreateLinkCommand command)) {
			return null;
		}
		command.setTarget((EObject) getHost().getModel());
		return command.canExecute() ? command : null;
	}

	@Override
	protected Command getReconnectSourceCommand(ReconnectRequest request) {
		return null; // a cable is redrawn, not re-plugged: delete it and draw the new one
	}

	@Override
	protected Command getReconnectTargetCommand(ReconnectRequest request) {
		return null;
	}
}
