package org.restripe.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;

/**
 * Asks which site file becomes a site's current configuration. The file is read as it is typed or chosen, and
 * OK stays disabled until it is a site file that is not the current file itself; the problem is said in words.
 */
public final class ImportCurrentDialog extends TitleAreaDialog {
	private final Path currentFile;
	private Text file;
	private Site chosen;
	private Path chosenFile;

	public ImportCurrentDialog(Shell parent, Path currentFile) {
		super(parent);
		this.currentFile = currentFile;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Import as Current Configuration");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Replace the current configuration of " + currentFile.getFileName());
		setMessage("The site file you choose becomes the current configuration; the one now is kept in the site's "
				+ "configuration history.");
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText("Site &file:");
		file = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		file.setData("name", "siteFile");
		file.addModifyListener(e -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("&Replace");
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.restripe", "*" });
		String path = dialog.open();
		if (path != null) {
			file.setText(path);
		}
	}

	private void validate() {
		chosen = null;
		String text = file == null ? "" : file.getText().strip();
		String problem = problem(text);
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null && chosen != null);
		}
	}

	private String problem(String text) {
		if (text.isEmpty()) {
			return null; // nothing typed yet: the title says what to do
		}
		Path path = Path.of(text).toAbsolutePath();
		if (!Files.isRegularFile(path)) {
			return "Site file: there is no file " + path;
		}
		if (path.normalize().equals(currentFile.toAbsolutePath().normalize())) {
			return "Site file: that is the current configuration itself";
		}
		try {
			chosen = SiteFiles.load(path);
			chosenFile = path;
			return null;
		} catch (SiteFileException e) {
			return "Site file: " + e.getMessage();
		}
	}

	/** The file field, for tests that type into it. */
	public Text fileField() {
		return file;
	}

	/** The problem the dialog shows, or null. */
	public String problemShown() {
		return getErrorMessage();
	}

	/** The site read from the chosen file, after OK. */
	public Site site() {
		return chosen;
	}

	public Path file() {
		return chosenFile;
	}
}
