package org.restripe.ui.diagram.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;
import org.restripe.model.Identified;
import org.restripe.ui.diagram.commands.RenameCommand;

/** Rename in place becomes a rename command on the editor's stack. */
public class RenamePolicy extends DirectEditPolicy {

	@Override
	protected Command getDirectEditCommand(DirectEditRequest request) {
		Object value = request.getCellEditor().getValue();
		RenameCommand command = new RenameCommand((Identified) getHost().getModel(), value == null ? "" : value.toString());
		return command.canExecute() ? command : null;
	}

	@Override
	protected void showCurrentEditValue(DirectEditRequest request) {
		// the text cell shows the name being typed; the figure keeps the old name until the rename is committed
	}
}
