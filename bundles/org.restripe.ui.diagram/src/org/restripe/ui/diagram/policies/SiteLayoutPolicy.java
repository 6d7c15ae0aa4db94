package org.restripe.ui.diagram.policies;

import java.util.Collection;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.restripe.model.DiagramElement;
import org.restripe.model.Identified;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.ui.diagram.commands.CreateElementCommand;
import org.restripe.ui.diagram.commands.DropCopyCommand;
import org.restripe.ui.diagram.commands.ModelCommand;
import org.restripe.ui.diagram.commands.SetBoundsCommand;

/**
 * Where nodes go on the site and inside a subsystem. GEF gives constraints relative to the container; the
 * model keeps absolute diagram coordinates, so constraints inside a subsystem are offset by its corner.
 */
public class SiteLayoutPolicy extends XYLayoutEditPolicy {

	private EObject container() {
		return (EObject) getHost().getModel();
	}

	private Rectangle toModel(Rectangle relative) {
		Rectangle r = relative.getCopy();
		if (container() instanceof Subsystem subsystem) {
			r.translate(subsystem.getX(), subsystem.getY());
		}
		return r;
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (!(request.getNewObject() instanceof Identified element)) {
			return null;
		}
		Rectangle r = toModel((Rectangle) getConstraintFor(request));
		if (element.eContainer() != null) {
			// a palette element is new and free; one already in a site was dragged from the Sites view
			DropCopyCommand drop = new DropCopyCommand(container(), element, r.x, r.y);
			return drop.canExecute() ? drop : null;
		}
		int[] bounds = r.width > 0 && r.height > 0 ? new int[] { r.x, r.y, r.width, r.height } : new int[] { r.x, r.y };
		CreateElementCommand command = new CreateElementCommand(container(), element, bounds);
		return command.canExecute() ? command : null;
	}

	@Override
	protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
		if (!(child.getModel() instanceof DiagramElement node) || !(constraint instanceof Rectangle relative)) {
			return null;
		}
		Rectangle r = toModel(relative);
		return new SetBoundsCommand(node, r.x, r.y, r.width, r.height);
	}

	/** An array dragged into another subsystem moves there: the planner calls that a device move. */
	@Override
	protected Command createAddCommand(EditPart child, Object constraint) {
		if (!(child.getModel() instanceof StorageUnit unit) || !(container() instanceof Subsystem target)) {
			return null;
		}
		Rectangle r = toModel((Rectangle) constraint);
		return new ModelCommand("Move " + unit.getName() + " to " + target.getName()) {
			@Override
			protected Collection<? extends Notifier> scope() {
				return List.of(EcoreUtil.getRootContainer(target));
			}

			@Override
			protected void change() {
				target.getStorageUnits().add(unit);
				unit.setX(r.x);
				unit.setY(r.y);
				unit.setWidth(r.width);
				unit.setHeight(r.height);
			}
		};
	}

	@Override
	protected Command getDeleteDependantCommand(org.eclipse.gef.Request request) {
		return null;
	}
}
