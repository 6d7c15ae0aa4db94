package org.restripe.ui.diagram.editor;

import java.util.List;

import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.window.Window;
import org.restripe.model.Tray;
import org.restripe.ui.diagram.commands.AddDiskCommand;

/** Adds one disk to the selected tray's free slot, its slot and size chosen in a dialog. */
final class AddDiskAction extends SelectionAction {
	static final String ID = "org.restripe.ui.diagram.addDisk";
	private final SiteDiagramEditor editor;

	AddDiskAction(SiteDiagramEditor editor) {
		super(editor);
		this.editor = editor;
		setId(ID);
		setText("Add Dis&k..."); // k: the one mnemonic no other item of the diagram's menus takes
		setToolTipText("Insert a disk into a free slot of the selected tray");
	}

	/** The one tray selected, when it has a free slot and the diagram may be changed. */
	private Tray tray() {
		List<Object> selected = editor.selectedModels();
		return !editor.isReadOnly() && selected.size() == 1 && selected.get(0) instanceof Tray tray
				&& !AddDiskCommand.freeSlots(tray).isEmpty() && !AddDiskCommand.diskSizes(tray).isEmpty() ? tray : null;
	}

	@Override
	protected boolean calculateEnabled() {
		return tray() != null;
	}

	@Override
	public void run() {
		Tray tray = tray();
		if (tray == null) {
			return;
		}
		AddDiskDialog dialog = new AddDiskDialog(editor.getSite().getShell(), tray);
		if (dialog.open() == Window.OK) {
			editor.getCommandStack().execute(new AddDiskCommand(tray, dialog.slot(), dialog.size()));
		}
	}
}
