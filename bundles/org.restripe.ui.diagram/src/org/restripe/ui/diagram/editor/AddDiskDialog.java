package org.restripe.ui.diagram.editor;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.restripe.model.Tray;
import org.restripe.review.Labels;
import org.restripe.ui.diagram.commands.AddDiskCommand;

/** Asks which free slot of the tray takes the new disk and which of the array's qualified sizes it is. */
final class AddDiskDialog extends Dialog {
	static final String TITLE = "Add Disk";
	private final Tray tray;
	private final List<Integer> slots;
	private final List<Long> sizes;
	private Combo slotField;
	private Combo sizeField;
	private int slot;
	private long size;

	AddDiskDialog(Shell parent, Tray tray) {
		super(parent);
		this.tray = tray;
		this.slots = AddDiskCommand.freeSlots(tray);
		this.sizes = AddDiskCommand.diskSizes(tray);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("A disk inserted into tray " + tray.getName() + " of " + Labels.of(tray)
				.replaceFirst("^.* on ", "") + " (a site visit):");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(intro);
		new Label(area, SWT.NONE).setText("Slot:");
		slotField = new Combo(area, SWT.READ_ONLY);
		slots.forEach(s -> slotField.add(Integer.toString(s)));
		slotField.select(0);
		new Label(area, SWT.NONE).setText("Size:");
		sizeField = new Combo(area, SWT.READ_ONLY);
		sizes.forEach(s -> sizeField.add(Labels.gb(s)));
		sizeField.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(slotField);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(sizeField);
		return area;
	}

	@Override
	protected void okPressed() {
		slot = slots.get(slotField.getSelectionIndex());
		size = sizes.get(sizeField.getSelectionIndex());
		super.okPressed();
	}

	int slot() {
		return slot;
	}

	long size() {
		return size;
	}
}
