package org.restripe.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.restripe.ui.Words;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.restripe.plan.Plan;

/**
 * Build Kit's one page: what the design's plan does (steps, arrays, risk, how long on the line), where the kit
 * is written and which center key signs it. Planned when the page opens; proven and rendered by the job.
 */
public final class BuildKitPage extends WizardPage {
	private final KitPlanSummary summary;
	private final Path suggested;
	private final String signingKey;
	private final KitRequestField request;
	private Text kitFile;

	BuildKitPage(KitPlanSummary summary, Path suggested, String signingKey, String siteName, Integer suggestedRequest) {
		super("buildKit");
		this.summary = summary;
		this.suggested = suggested;
		this.signingKey = signingKey;
		this.request = new KitRequestField(siteName, suggestedRequest, this::validate);
		setTitle("Build the kit of " + summary.siteName());
		setDescription("The plan is proven, rendered into per-array scripts and rollbacks, signed and written.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		planGroup(body);
		if (summary.plan() == null) {
			// refused: no file name is asked for a kit that cannot be built; the findings above say why
			setControl(body);
			int findings = summary.refusals().size();
			setErrorMessage("Plan: " + Words.count(findings, "finding") + " (listed above) " + (findings == 1 ? "stops" : "stop")
					+ " this design; no kit can be built");
			setPageComplete(false);
			return;
		}
		Group file = group(body, "Where to write the kit", 3);
		new Label(file, SWT.NONE).setText("Kit file:");
		kitFile = new Text(file, SWT.BORDER | SWT.SINGLE);
		kitFile.setText(suggested.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(kitFile);
		kitFile.addModifyListener(e -> validate());
		Button browse = new Button(file, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		request.create(group(body, "The desk's request this kit serves", 3));
		Group key = group(body, "Signing key", 2);
		row(key, "Signed with:", signingKey);
		row(key, "Key password:", "kept in Eclipse secure storage, made at random with the key; never typed");
		setControl(body);
		validate();
	}

	private void planGroup(Composite body) {
		Group plan = group(body, "The plan", 2);
		if (summary.plan() == null) {
			row(plan, Words.count(summary.refusals().size(), "finding") + ":", "- " + String.join("\n- ", summary.refusals()));
			return;
		}
		Plan p = summary.plan();
		row(plan, "Site:", summary.siteName());
		row(plan, "Changes:", Words.count(p.steps().size(), "step") + " on " + Words.count(p.lanes().size(), "array") + " ("
				+ summary.arrays() + ")");
		row(plan, "Risk:", p.risk().label());
		row(plan, "Duration:", "about " + duration(p.parallelDuration()) + " with the arrays in parallel, "
				+ duration(p.sequentialDuration()) + " one after another");
		row(plan, "Confirmations:", p.confirmationPoints().isEmpty() ? "none: no step destroys data"
				: p.confirmationPoints().size() + " verified backups to confirm during the run");
	}

	static String duration(Duration d) {
		long s = d.toSeconds();
		return s < 60 ? s + " s" : s < 3600 ? (s + 30) / 60 + " min" : String.format("%d h %02d min", s / 3600, s % 3600 / 60);
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static void row(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Label text = new Label(parent, SWT.WRAP);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(440, SWT.DEFAULT).applyTo(text);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Build kit");
		Path now = kitFile();
		Path base = now != null && now.getParent() != null ? now : suggested;
		dialog.setFilterPath(base.getParent().toString());
		dialog.setFileName(base.getFileName().toString());
		dialog.setFilterExtensions(new String[] { "*.kit", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			kitFile.setText(chosen);
		}
	}

	private void validate() {
		String problem = fileProblem();
		setErrorMessage(problem);
		Path file = kitFile();
		String filed = request.message();
		if (problem == null && Files.exists(file)) {
			setMessage("Kit file: " + file.getFileName() + " exists and will be replaced", IMessageProvider.WARNING);
		} else if (problem == null && filed != null) {
			setMessage(filed, request.failed() ? IMessageProvider.WARNING : IMessageProvider.INFORMATION);
		} else {
			setMessage(null);
		}
		// the request is chosen from what is read, so Finish waits for the read
		setPageComplete(problem == null && request.isRead());
	}

	private String fileProblem() {
		String text = kitFile.getText().strip();
		if (text.isEmpty()) {
			return "Kit file: give the file to write the kit to";
		}
		Path file = kitFile();
		if (file == null) {
			return "Kit file: '" + text + "' is not a file name";
		}
		if (!file.getFileName().toString().endsWith(".kit")) {
			return "Kit file: '" + file.getFileName() + "' must end in .kit";
		}
		if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			return "Kit file: the folder " + file.getParent() + " does not exist";
		}
		if (Files.isDirectory(file)) {
			return "Kit file: " + file + " is a folder";
		}
		return null;
	}

	/** The kit file as typed, absolute; null when it is no path. */
	public Path kitFile() {
		try {
			return Path.of(kitFile.getText().strip()).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The request chosen to file the kit under, or null for none. */
	public org.restripe.workflow.Request request() {
		return request.request();
	}

	public org.eclipse.swt.widgets.Combo requestField() {
		return request.combo();
	}

	public Text kitFileField() {
		return kitFile;
	}
}
