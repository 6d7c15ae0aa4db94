package org.restripe.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Import Kit's page: the .kit file, then, before anything runs, its signer, whether this workbench trusts
 * that key, the signature check and the stale check against the site file, in words. The checks read files,
 * so they run in a job as the name is typed; Finish waits for them and stays disabled by a bad signature or
 * an untrusted signer, the reason shown.
 */
public final class ImportKitPage extends WizardPage {
	private static final String NOT_YET = "-";

	private final Path dataDirectory;
	private final Path sitesFolder;
	private final List<Label> values = new ArrayList<>();
	private Text kitFile;
	private volatile KitInspection inspection;
	private Job checking;

	ImportKitPage(Path dataDirectory, Path sitesFolder) {
		super("importKit");
		this.dataDirectory = dataDirectory;
		this.sitesFolder = sitesFolder;
		setTitle("Import a kit");
		setDescription("A kit built on another workbench is checked here before it is taken in; nothing runs yet.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText("Kit file:");
		kitFile = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(kitFile);
		kitFile.addModifyListener(e -> changed());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		Group facts = new Group(body, SWT.NONE);
		facts.setText("Before anything runs");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(facts);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(facts);
		for (String label : List.of("Signer:", "Trusted:", "Signature:", "Site:", "Stale check:")) {
			new Label(facts, SWT.NONE).setText(label);
			Label value = new Label(facts, SWT.WRAP);
			value.setText(NOT_YET);
			GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(value);
			values.add(value);
		}
		setControl(body);
		changed();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Import kit");
		dialog.setFilterExtensions(new String[] { "*.kit", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			kitFile.setText(chosen);
		}
	}

	private void changed() {
		inspection = null;
		values.forEach(v -> v.setText(NOT_YET));
		setPageComplete(false);
		setMessage(null);
		if (checking != null) {
			checking.cancel();
		}
		String problem = fileProblem();
		setErrorMessage(problem);
		if (problem == null) {
			setMessage("Checking the kit's signer, signature and freshness...");
			check(kitFile());
		}
	}

	private String fileProblem() {
		String text = kitFile.getText().strip();
		if (text.isEmpty()) {
			return "Kit file: choose the .kit file to import";
		}
		Path file = kitFile();
		if (file == null) {
			return "Kit file: '" + text + "' is not a file name";
		}
		if (!Files.exists(file)) {
			return "Kit file: " + file + " does not exist";
		}
		if (!Files.isRegularFile(file)) {
			return "Kit file: " + file + " is not a file";
		}
		return null;
	}

	private void check(Path file) {
		Display display = getShell().getDisplay();
		Job job = Job.create("Checking kit " + file.getFileName(), (IProgressMonitor monitor) -> {
			KitInspection found = KitInspection.of(file, dataDirectory, sitesFolder);
			display.asyncExec(() -> shown(file, found));
			return Status.OK_STATUS;
		});
		checking = job;
		job.schedule();
	}

	private void shown(Path file, KitInspection found) {
		if (kitFile.isDisposed() || !file.equals(kitFile())) {
			return; // the engineer has typed another name since: its own check is on the way
		}
		inspection = found;
		List<String[]> rows = found.rows();
		for (int i = 0; i < rows.size(); i++) {
			values.get(i).setText(rows.get(i)[1]);
		}
		((Composite) getControl()).layout(true, true);
		Shell shell = getShell();
		Point want = shell.computeSize(shell.getSize().x, SWT.DEFAULT);
		if (want.y > shell.getSize().y) {
			shell.setSize(shell.getSize().x, want.y); // the facts take more lines than the empty page did
		}
		setErrorMessage(found.refusal());
		if (found.refusal() == null) {
			setMessage(found.fresh() ? "The kit may be imported." : "Stale check: " + found.freshness(),
					found.fresh() ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setPageComplete(found.refusal() == null);
	}

	/** The kit file as typed, absolute; null when it is no path. */
	public Path kitFile() {
		try {
			String text = kitFile.getText().strip();
			return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The checks of the kit now named, once they are done; null before. */
	public KitInspection inspection() {
		return inspection;
	}

	public Text kitFileField() {
		return kitFile;
	}

	/** What each fact says now, in the order Signer, Trusted, Signature, Site, Stale check. */
	public List<String> shownFacts() {
		return values.stream().map(Label::getText).toList();
	}
}
