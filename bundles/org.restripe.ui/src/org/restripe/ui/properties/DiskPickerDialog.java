package org.restripe.ui.properties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.restripe.model.Disk;
import org.restripe.model.Tray;

/**
 * Picks a volume's data disks: its own disks checked, the array's free disks offered unchecked; disks of other
 * volumes and the standby are not offered. A pick the array cannot build (too few disks for the RAID level) is
 * refused in the dialog with the reason; OK hands back the checked disks' names.
 */
final class DiskPickerDialog extends Dialog {
	static final String TITLE = "Data disks";

	private final String volumeName;
	private final List<Disk> members;
	private final List<Disk> free;
	private final Function<String, String> problem;
	private Table table;
	private Label refusal;
	private String picked;

	/** {@code problem} says why a pick cannot be the volume's disks, or null if it can. */
	DiskPickerDialog(Shell parent, String volumeName, List<Disk> members, List<Disk> free,
			Function<String, String> problem) {
		super(parent);
		this.volumeName = volumeName;
		this.members = members;
		this.free = free;
		this.problem = problem;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("Disks of volume " + volumeName + " (checked) and the array's free disks:");
		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = table.getItemHeight() * 12;
		data.widthHint = 320;
		table.setLayoutData(data);
		for (Disk disk : members) {
			row(disk, "in " + volumeName).setChecked(true);
		}
		for (Disk disk : free) {
			row(disk, "free");
		}
		refusal = new Label(area, SWT.WRAP);
		refusal.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		refusal.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK) {
				check();
			}
		});
		return area;
	}

	/** A pick the array cannot build is told under the list, and OK waits for a pick it can. */
	private void check() {
		String why = problem.apply(names());
		refusal.setText(why == null ? "" : why);
		refusal.getParent().layout();
		getButton(IDialogConstants.OK_ID).setEnabled(why == null);
	}

	private String names() {
		List<Disk> checked = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				checked.add((Disk) item.getData());
			}
		}
		checked.sort(Comparator.comparingInt((Disk d) -> ((Tray) d.eContainer()).getNumber())
				.thenComparingInt(Disk::getSlot));
		return VolumeDisks.names(checked);
	}

	private TableItem row(Disk disk, String state) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(disk.getName() + "  (" + PropertyValues.size(disk.getSize()) + ", " + state + ")");
		item.setData(disk);
		return item;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			picked = names();
		}
		super.buttonPressed(buttonId);
	}

	/** The checked disks' names ("u1d1-u1d6"), or null if the engineer cancelled. */
	String picked() {
		return picked;
	}
}
