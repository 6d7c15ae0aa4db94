package org.restripe.ui.properties;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.restripe.model.Volume;

/** The data disks row's cell: the current disks as text and a button that opens the {@link DiskPickerDialog}. */
final class DiskPickerCellEditor extends DialogCellEditor {
	private final Volume volume;

	DiskPickerCellEditor(Composite parent, Volume volume) {
		super(parent);
		this.volume = volume;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		VolumeDisks disks = new VolumeDisks(volume);
		DiskPickerDialog dialog = new DiskPickerDialog(cellEditorWindow.getShell(), volume.getName(),
				volume.getDataDisks(), disks.free(), names -> disks.problem("Data disks", names));
		return dialog.open() == Window.OK ? dialog.picked() : null;
	}
}
