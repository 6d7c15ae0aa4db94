package org.restripe.ui.diagram.commands;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.gef.commands.Command;

/**
 * A command that changes the site model and nothing else. EMF's change recorder notes every change made in
 * {@link #change()} within the command's scope, so undo and redo replay exactly what happened (references
 * cleared by a delete included) without each command hand-writing its inverse.
 */
public abstract class ModelCommand extends Command {
	private ChangeDescription changes;

	protected ModelCommand(String label) {
		super(label);
	}

	/** The model objects whose contents this command may touch; the smaller, the cheaper the recording. */
	protected abstract Collection<? extends Notifier> scope();

	/** Makes the change on the model. */
	protected abstract void change();

	@Override
	public void execute() {
		ChangeRecorder recorder = new ChangeRecorder();
		recorder.setRecordingTransientFeatures(false);
		recorder.beginRecording(scope());
		try {
			change();
		} finally {
			changes = recorder.endRecording();
			recorder.dispose();
		}
	}

	@Override
	public boolean canUndo() {
		return changes != null;
	}

	@Override
	public void undo() {
		changes.applyAndReverse();
	}

	@Override
	public void redo() {
		changes.applyAndReverse();
	}
}
