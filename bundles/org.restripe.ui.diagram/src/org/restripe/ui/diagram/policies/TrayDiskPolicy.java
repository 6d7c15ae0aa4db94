package org.restripe.ui.diagram.policies;

import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ContainerEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.restripe.model.Disk;
import org.restripe.model.Tray;
import org.restripe.ui.diagram.commands.AddDiskCommand;

/**
 * The palette's Disk dropped on a tray: inserted into the tray's first free slot, of the array's first
 * qualified size (Add Disk... on the tray chooses both). A tray with no free slot refuses it.
 */
public class TrayDiskPolicy extends ContainerEditPolicy {

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (!(getHost().getModel() instanceof Tray tray) || !(request.getNewObject() instanceof Disk)) {
			return null;
		}
		List<Integer> free = AddDiskCommand.freeSlots(tray);
		List<Long> sizes = AddDiskCommand.diskSizes(tray);
		if (free.isEmpty() || sizes.isEmpty()) {
			return null;
		}
		AddDiskCommand command = new AddDiskCommand(tray, free.get(0), sizes.get(0));
		return command.canExecute() ? command : null;
	}

	@Override
	protected Command getOrphanChildrenCommand(GroupRequest request) {
		return null;
	}

	/** The tray itself takes a disk, not the array around it. */
	@Override
	public EditPart getTargetEditPart(Request request) {
		return RequestConstants.REQ_CREATE.equals(request.getType()) && request instanceof CreateRequest create
				&& create.getNewObjectType() == org.restripe.model.RestripePackage.Literals.DISK
				&& getHost().getModel() instanceof Tray ? getHost() : null;
	}
}
