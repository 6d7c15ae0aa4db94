package org.restripe.ui.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.ui.RestripeUi;

/**
 * Restripe > Trusted Kit Keys: the centers whose signed kits this workbench runs, this center's own first (the
 * same DATA/keys trust store as {@code restripe keys list|trust}). Import and Remove change the store at once.
 */
public class TrustedKeysPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.restripe.ui.preferences.trustedKeys";
	public static final String REMOVE_TITLE = "Remove Kit Key";

	private Table table;
	private Button remove;
	private Path dataDirectory;
	private CenterPublicKey own;

	@Override
	public void init(IWorkbench workbench) {
		dataDirectory = RestripeUi.dataDirectory().path();
		noDefaultAndApplyButton();
		setDescription("Kits signed with these centers' keys run here. Import a key another center exported "
				+ "(restripe keys export); changes take effect at once.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		table = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(table);
		column("Center", 150);
		column("Fingerprint", 260);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = button(buttons, "Import...");
		add.addListener(SWT.Selection, e -> importKey());
		remove = button(buttons, "Remove");
		remove.addListener(SWT.Selection, e -> removeSelected());
		table.addListener(SWT.Selection, e -> enableRemove());
		list();
		return page;
	}

	private void column(String name, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(name);
		column.setWidth(width);
	}

	private static Button button(Composite parent, String label) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		GridDataFactory.fillDefaults().applyTo(b);
		return b;
	}

	/** Reads the trust store again and lists it. */
	private void list() {
		table.removeAll();
		try {
			TrustedKeys trusted = TrustedKeys.open(dataDirectory);
			List<CenterPublicKey> keys = trusted.list();
			CenterPublicKey ours = ownKey();
			own = ours == null || keys.isEmpty() || !keys.get(0).sameKey(ours) ? null : keys.get(0);
			for (CenterPublicKey key : keys) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { key == own ? key.name() + " (this center)" : key.name(), key.fingerprint() });
				item.setData(key);
			}
			setErrorMessage(null);
		} catch (KitException e) {
			setErrorMessage("The trusted keys cannot be read: " + e.getMessage());
		}
		enableRemove();
	}

	/** This center's own key, which is always trusted; null before the center made one. */
	private CenterPublicKey ownKey() {
		Path file = CenterKey.publicKeyFile(dataDirectory);
		try {
			return Files.exists(file) ? CenterPublicKey.parse(Files.readString(file, StandardCharsets.UTF_8).strip()) : null;
		} catch (KitException | IOException e) {
			return null; // TrustedKeys.open names a damaged file
		}
	}

	private void enableRemove() {
		TableItem[] chosen = table.getSelection();
		remove.setEnabled(chosen.length == 1 && chosen[0].getData() != own);
	}

	private void importKey() {
		ImportKeyDialog dialog = new ImportKeyDialog(getShell());
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			CenterPublicKey key = TrustedKeys.open(dataDirectory).trust(dialog.key().line());
			list();
			setMessage("Trusted " + key.name() + " (" + key.fingerprint() + ")");
		} catch (KitException e) {
			setErrorMessage("The key is not trusted: " + e.getMessage());
		}
	}

	private void removeSelected() {
		TableItem[] chosen = table.getSelection();
		if (chosen.length != 1 || !(chosen[0].getData() instanceof CenterPublicKey key)) {
			return;
		}
		if (!MessageDialog.openQuestion(getShell(), REMOVE_TITLE, "Trust " + key.name() + " (" + key.fingerprint()
				+ ") no more? Kits it signed will be refused here.")) {
			return;
		}
		try {
			TrustedKeys.open(dataDirectory).remove(key);
			list();
			setMessage("Removed " + key.name());
		} catch (KitException e) {
			setErrorMessage("The key is not removed: " + e.getMessage());
		}
	}

	/** What the table lists: "CENTER  FINGERPRINT" a row. */
	public List<String> rows() {
		return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0) + "  " + i.getText(1)).toList();
	}

	public Table table() {
		return table;
	}

	public Button removeButton() {
		return remove;
	}
}
