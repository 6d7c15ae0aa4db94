package org.restripe.ui.diagram.policies;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.FlowLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.restripe.model.Identified;
import org.restripe.ui.diagram.commands.CreateElementCommand;

/** Trays, volumes and LUNs dropped on a storage unit join its list; the list's order is the array's own. */
public class UnitContentsPolicy extends FlowLayoutEditPolicy {

	@Override
	protected boolean isHorizontal() {
		return false; // the unit lists its contents top to bottom (a ToolbarLayout, which GEF 3.2 does not expect)
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (!(request.getNewObject() instanceof Identified element)) {
			return null;
		}
		CreateElementCommand command = new CreateElementCommand((EObject) getHost().getModel(), element, null);
		return command.canExecute() ? command : null;
	}

	@Override
	protected Command createAddCommand(EditPart child, EditPart after) {
		return null; // volumes and LUNs belong to their array; moving them between arrays is not a diagram gesture
	}

	@Override
	protected Command createMoveChildCommand(EditPart child, EditPart after) {
		return null;
	}
}
