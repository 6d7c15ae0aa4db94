package org.restripe.ui.diagram.editor;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * The command stack of a current configuration: it executes nothing, so no gesture, property or action can
 * change what discovery established. A refused command tells the engineer why (status line); the listeners
 * still hear of it, so a Properties view cell that was typed into shows the configuration's value again.
 */
final class ReadOnlyCommandStack extends CommandStack {
	private final Runnable refused;

	ReadOnlyCommandStack(Runnable refused) {
		this.refused = refused;
	}

	@Override
	public void execute(Command command) {
		if (command != null) {
			refused.run();
		}
		notifyListeners();
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public boolean canRedo() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return false;
	}
}
