package org.restripe.ui.run;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.restripe.plan.kit.KitScript.KitStep;

/**
 * The confirmation a step that destroys data or needs an unmount (or a site visit) asks during a run, with a
 * visible countdown: "Done, go on" lets the step run; "Stop the run" or no answer before the time is up stops
 * the run before the step (as a No), since the idle line would be dropped by then anyway. Closing the window is
 * a No too. Modal: the run's job waits for it.
 */
public final class StepConfirmDialog extends Dialog {
	public static final String TITLE = DialogAnswers.CONFIRM_STEP;
	public static final int DONE_ID = IDialogConstants.CLIENT_ID + 11;
	public static final int STOP_ID = IDialogConstants.CLIENT_ID + 12;

	private final String arrayName;
	private final KitStep step;
	private final Duration within;
	private Instant deadline;
	private Label left;
	private boolean timedOut;

	public StepConfirmDialog(Shell parent, String arrayName, KitStep step, Duration within) {
		super(parent);
		this.arrayName = arrayName;
		this.step = step;
		this.within = within;
		setShellStyle(SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
		Label message = new Label(area, SWT.WRAP);
		String risk = step.riskClass().isEmpty() ? "" : " - " + step.riskClass();
		message.setText("Array " + arrayName + ", step " + step.number() + " (" + step.summary() + ")" + risk + ":\n\n"
				+ step.personInstruction() + "\n\nIs this done? Stop the run, or no answer in time, stops the run "
				+ "before this step; nothing of it is sent to the array.");
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(message);
		left = new Label(area, SWT.NONE);
		left.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(left);
		deadline = Instant.now().plus(within);
		tick();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, DONE_ID, "Done, go on", false);
		// the safe answer is the default one: Enter must not let data be destroyed
		createButton(parent, STOP_ID, "Stop the run", true);
	}

	private void tick() {
		if (left.isDisposed()) {
			return;
		}
		long millis = Duration.between(Instant.now(), deadline).toMillis();
		long seconds = Math.max(0, (millis + 999) / 1000);
		left.setText(String.format("%d:%02d left to answer", seconds / 60, seconds % 60));
		if (millis <= 0) {
			timedOut = true;
			setReturnCode(STOP_ID);
			close();
			return;
		}
		left.getDisplay().timerExec(250, this::tick);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}

	@Override
	protected void handleShellCloseEvent() {
		setReturnCode(STOP_ID);
		close();
	}

	/** Whether the time ran out without an answer (then the answer is No). */
	public boolean timedOut() {
		return timedOut;
	}

	/** What the countdown shows now. */
	public String countdownText() {
		return left == null || left.isDisposed() ? "" : left.getText();
	}
}
