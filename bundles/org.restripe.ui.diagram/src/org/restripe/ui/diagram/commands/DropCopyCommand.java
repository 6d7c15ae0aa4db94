package org.restripe.ui.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.DiagramElement;
import org.restripe.model.Identified;
import org.restripe.model.Subsystem;

/**
 * Adds a copy of an element of another site (dragged from the Sites view) at the drop point: fresh ids for it
 * and everything in it, and no reference into the other site (its hosts and LANs are not here), so a channel
 * or LAN link is drawn again by the engineer. The original is never touched.
 */
public class DropCopyCommand extends ModelCommand {
	private final EObject parent;
	private final Identified original;
	private final int x;
	private final int y;
	private Identified copy;

	public DropCopyCommand(EObject parent, Identified original, int x, int y) {
		super("Add copy of " + original.getName());
		this.parent = parent;
		this.original = original;
		this.x = x;
		this.y = y;
	}

	@Override
	public boolean canExecute() {
		return parent != null && original instanceof DiagramElement
				&& EcoreUtil.getRootContainer(original) != EcoreUtil.getRootContainer(parent)
				&& CreateElementCommand.containment(parent, original) != null;
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return List.of(parent);
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void change() {
		// useOriginalReferences=false: a reference to anything outside the copied tree is left unset
		EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
		copy = (Identified) copier.copy(original);
		copier.copyReferences();
		PasteCommand.renumber(copy, new Ids(EcoreUtil.getRootContainer(parent)));
		DiagramElement node = (DiagramElement) copy;
		moveBy(node, x - node.getX(), y - node.getY());
		EReference reference = CreateElementCommand.containment(parent, copy);
		if (reference.isMany()) {
			((List<EObject>) parent.eGet(reference)).add(copy);
		} else {
			parent.eSet(reference, copy);
		}
	}

	/** Arrays keep absolute diagram coordinates, so a subsystem's arrays move with it. */
	private static void moveBy(DiagramElement node, int dx, int dy) {
		node.setX(node.getX() + dx);
		node.setY(node.getY() + dy);
		if (node instanceof Subsystem subsystem) {
			subsystem.getStorageUnits().forEach(unit -> moveBy(unit, dx, dy));
		}
	}

	/** The copy the last execution added. */
	public Identified copy() {
		return copy;
	}
}
