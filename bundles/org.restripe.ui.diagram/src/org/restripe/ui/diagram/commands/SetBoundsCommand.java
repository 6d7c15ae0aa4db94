package org.restripe.ui.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.restripe.model.DiagramElement;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * Moves or resizes a node. Bounds are absolute diagram coordinates in the model (as discovered and shipped
 * sites store them), so moving a subsystem moves its storage units along with it.
 */
public class SetBoundsCommand extends ModelCommand {
	private final DiagramElement node;
	private final int x;
	private final int y;
	private final int width;
	private final int height;

	public SetBoundsCommand(DiagramElement node, int x, int y, int width, int height) {
		super(node.getWidth() == width && node.getHeight() == height ? "Move " + node.getName() : "Resize " + node.getName());
		this.node = node;
		this.x = x;
		this.y = y;
		this.width = width;
		this.height = height;
	}

	@Override
	public boolean canExecute() {
		return width > 0 && height > 0;
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return List.of(node);
	}

	@Override
	protected void change() {
		int dx = x - node.getX();
		int dy = y - node.getY();
		if (node instanceof Subsystem subsystem && (dx != 0 || dy != 0)) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				unit.setX(unit.getX() + dx);
				unit.setY(unit.getY() + dy);
			}
		}
		node.setX(x);
		node.setY(y);
		node.setWidth(width);
		node.setHeight(height);
	}
}
