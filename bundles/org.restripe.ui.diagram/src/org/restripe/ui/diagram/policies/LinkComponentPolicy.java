package org.restripe.ui.diagram.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.restripe.ui.diagram.commands.DeleteLinkCommand;

/** Delete for a connection: the cable goes, the ports stay. */
public class LinkComponentPolicy extends ConnectionEditPolicy {

	@Override
	protected Command getDeleteCommand(GroupRequest request) {
		return new DeleteLinkCommand(getHost().getModel());
	}
}
