package org.restripe.ui.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.KitException;
import org.restripe.ui.CheckedDialog;

/**
 * Import a kit key: the file another center exported with {@code restripe keys export} (or its line pasted).
 * The key's center and fingerprint are shown before it is trusted, to compare with what that center reads out.
 */
public final class ImportKeyDialog extends CheckedDialog {
	public static final String TITLE = "Import Kit Key";

	private Text file;
	private Text line;
	private Label found;
	private CenterPublicKey key;

	public ImportKeyDialog(Shell parent) {
		super(parent, TITLE, "Trust", 3, true);
	}

	@Override
	protected void createBody(Composite body) {
		setTitle("Trust another center's kit key");
		setMessage("Kits signed with a trusted key run at this workbench. Compare the fingerprint with the one the "
				+ "key's center reads out to you.");
		new Label(body, SWT.NONE).setText("Key file:");
		file = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(body, SWT.NONE).setText("or its line:");
		line = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(line);
		found = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, SWT.DEFAULT).applyTo(found);
		file.addModifyListener(e -> validate());
		line.addModifyListener(e -> validate());
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("The exported key line of a center");
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	@Override
	protected String problem() {
		if (file == null || line == null || found == null) {
			return null;
		}
		key = null;
		found.setText("");
		String text;
		if (!line.getText().isBlank()) {
			text = line.getText().strip();
		} else if (file.getText().isBlank()) {
			return "Key file: name the file of the exported key line (restripe keys export), or paste the line";
		} else {
			try {
				Path path = Path.of(file.getText().strip());
				if (!Files.isRegularFile(path)) {
					return "Key file: " + path + " does not exist";
				}
				text = Files.readString(path, StandardCharsets.UTF_8).strip();
			} catch (InvalidPathException | IOException e) {
				return "Key file: '" + file.getText().strip() + "' cannot be read: " + e.getMessage();
			}
		}
		try {
			key = CenterPublicKey.parse(text);
		} catch (KitException e) {
			return (line.getText().isBlank() ? "Key file: " : "Key line: ") + "not a center key: " + e.getMessage();
		}
		found.setText("Center " + key.name() + ", fingerprint " + key.fingerprint());
		return null;
	}

	/** The key read; set once Trust was pressed. */
	public CenterPublicKey key() {
		return key;
	}

	public Text fileField() {
		return file;
	}

	public Text lineField() {
		return line;
	}
}
