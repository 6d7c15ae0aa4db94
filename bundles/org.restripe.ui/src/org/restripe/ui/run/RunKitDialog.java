package org.restripe.ui.run;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.connect.run.LineSpec;
import org.restripe.connect.run.SiteLink;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.connect.LineChoice;
import org.restripe.ui.connect.LineParser;
import org.restripe.ui.connect.LinePanel;

/**
 * The checked kit before it runs: who signed it (name and fingerprint, to compare with what that center reads
 * out), that it was computed from the site as it is, what it will do; then the line and the commit-confirm.
 */
public final class RunKitDialog extends TitleAreaDialog {
	public static final String TITLE = "Run kit at site";

	private final KitCheck.Passed kit;
	private final LineParser parser;
	private LinePanel line;
	private Button commitConfirm;
	private Text confirmWithin;
	private String spec;
	private SiteLink link;
	private Duration commitWithin;

	public RunKitDialog(Shell parent, KitCheck.Passed kit, LineParser parser) {
		super(parent);
		this.kit = kit;
		this.parser = parser;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Run " + kit.kitFile().getFileName() + " at " + kit.siteName());
		setMessage("The kit is signed by a trusted center, unaltered and computed from the site as it is now.");
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		describeKit(body, kit, true);
		line = new LinePanel(body, kit.current(),
				LineChoice.of(ConnectionPreferences.line(kit.siteName()).orElse(null), kit.current()), this::validate);
		createOptions(body);
		return area;
	}

	/** Who signed the kit, what it was computed from, what it changes; {@code journal}: whether it resumes. */
	static void describeKit(Composite parent, KitCheck.Passed kit, boolean journal) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("The kit");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		CenterPublicKey signer = kit.kit().signer();
		row(group, "Kit file:", kit.kitFile().toString());
		row(group, "Signed by:", signer.name());
		row(group, "Fingerprint:", signer.fingerprint());
		row(group, "Computed from:", "the configuration of " + kit.siteName() + " as its site file has it now (not stale)");
		row(group, "Changes:", kit.plan().steps().size() + " steps on " + kit.plan().lanes().size() + " arrays ("
				+ String.join(", ", kit.plan().lanes().values().stream().map(l -> l.get(0).step().unitName()).toList())
				+ "), risk " + kit.plan().risk().label());
		if (journal && kit.resumes()) {
			row(group, "Journal:", "an earlier run of this kit got part of the way: this run resumes after its last "
					+ "finished step");
		}
	}

	private static void row(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Label text = new Label(parent, SWT.WRAP);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(440, SWT.DEFAULT).applyTo(text);
	}

	private void createOptions(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Commit-confirm");
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		commitConfirm = new Button(group, SWT.CHECK);
		commitConfirm.setText("Keep the change only if I confirm it within");
		commitConfirm.setSelection(true);
		commitConfirm.addListener(SWT.Selection, e -> {
			confirmWithin.setEnabled(commitConfirm.getSelection());
			validate();
		});
		confirmWithin = new Text(group, SWT.BORDER | SWT.SINGLE);
		confirmWithin.setText(DurationText.format(ConnectionPreferences.commitConfirm()));
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(confirmWithin);
		confirmWithin.addModifyListener(e -> validate());
		new Label(group, SWT.NONE).setText("(e.g. 10m or 90s; no answer rolls it back by itself)");
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Run", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		if (line == null || confirmWithin == null) {
			return;
		}
		Optional<String> problem = line.choice().problem();
		if (problem.isEmpty() && commitConfirm.getSelection()) {
			problem = Optional.ofNullable(DurationText.problem("Confirm within", confirmWithin.getText()));
		}
		setErrorMessage(problem.orElse(null));
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem.isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		String chosen = line.choice().spec();
		try {
			link = parser.parse(chosen);
		} catch (LineSpec.BadLineException e) {
			setErrorMessage("Line: " + e.getMessage());
			return;
		}
		spec = chosen;
		commitWithin = commitConfirm.getSelection() ? DurationText.parse(confirmWithin.getText()) : null;
		ConnectionPreferences.setLine(kit.siteName(), spec);
		super.okPressed();
	}

	public LinePanel linePanel() {
		return line;
	}

	public Button commitConfirmBox() {
		return commitConfirm;
	}

	public Text confirmWithinField() {
		return confirmWithin;
	}

	public SiteLink link() {
		return link;
	}

	public String spec() {
		return spec;
	}

	/** Null when the change is kept without a confirmation. */
	public Duration commitWithin() {
		return commitWithin;
	}
}
