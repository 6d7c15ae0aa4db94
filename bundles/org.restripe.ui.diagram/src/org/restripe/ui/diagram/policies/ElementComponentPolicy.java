package org.restripe.ui.diagram.policies;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.restripe.ui.diagram.commands.DeleteCommand;

/** Delete for any node or item; GEF combines the commands of a multiple selection. */
public class ElementComponentPolicy extends ComponentEditPolicy {

	@Override
	protected Command createDeleteCommand(GroupRequest request) {
		return new DeleteCommand(List.of((EObject) getHost().getModel()));
	}
}
