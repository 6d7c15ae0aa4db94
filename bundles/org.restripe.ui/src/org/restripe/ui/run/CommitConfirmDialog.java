package org.restripe.ui.run;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.restripe.connect.run.CommitConfirmation;

/**
 * The commit-confirm as a dialog with a live countdown: Confirm keeps the change, Roll back undoes it now, no
 * answer before the deadline rolls it back by itself. The run decides; the dialog closes itself when the run
 * says the wait is over (confirmed, declined, expired or line lost). It does not block the workbench, so the
 * engineer can look at the session before answering.
 */
public final class CommitConfirmDialog implements CommitConfirmation {
	public static final String TITLE = "Commit-confirm";
	public static final int CONFIRM_ID = IDialogConstants.CLIENT_ID + 1;
	public static final int ROLL_BACK_ID = IDialogConstants.CLIENT_ID + 2;
	/** What the countdown says at zero, until the run has rolled the change back and closes the dialog. */
	public static final String TIME_UP = "Time is up: not confirmed, the change is being rolled back";

	private final Display display;
	private volatile Answer answer = Answer.PENDING;
	private volatile String endedHow;
	private Countdown dialog;

	public CommitConfirmDialog(Display display) {
		this.display = display;
	}

	@Override
	public void ask(Instant deadline, String whatChanged) {
		display.asyncExec(() -> {
			dialog = new Countdown(parentShell(), deadline, whatChanged);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
	}

	@Override
	public Answer answer() {
		return answer;
	}

	@Override
	public void ended(String how) {
		endedHow = how;
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (dialog != null) {
					dialog.close();
				}
			});
		}
	}

	/** How the wait ended, once it has. */
	public String endedHow() {
		return endedHow;
	}

	private Shell parentShell() {
		return org.restripe.ui.UiThread.parentShell();
	}

	private final class Countdown extends Dialog {
		private final Instant deadline;
		private final String whatChanged;
		private Label left;

		Countdown(Shell parent, Instant deadline, String whatChanged) {
			super(parent);
			this.deadline = deadline;
			this.whatChanged = whatChanged;
			setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS);
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
			message.setText("The change is in place (" + whatChanged + ") and proven by its checks.\n"
					+ "Keep it? Without an answer it is rolled back by itself when the time is up.");
			GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(message);
			left = new Label(area, SWT.NONE);
			left.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(left);
			tick();
			return area;
		}

		private void tick() {
			if (left.isDisposed()) {
				return;
			}
			long seconds = Math.max(0, (Duration.between(Instant.now(), deadline).toMillis() + 999) / 1000);
			left.setText(answer == Answer.CONFIRMED ? "Confirmed; the run is finishing"
					: answer == Answer.DECLINED ? "Rolling back"
							: seconds > 0 ? String.format("%d:%02d left to confirm", seconds / 60, seconds % 60)
									: TIME_UP);
			left.getDisplay().timerExec(250, this::tick);
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, CONFIRM_ID, "Confirm", true);
			createButton(parent, ROLL_BACK_ID, "Roll back", false);
		}

		@Override
		protected void buttonPressed(int buttonId) {
			if (answer != Answer.PENDING) {
				return;
			}
			answer = buttonId == CONFIRM_ID ? Answer.CONFIRMED : Answer.DECLINED;
			getButton(CONFIRM_ID).setEnabled(false);
			getButton(ROLL_BACK_ID).setEnabled(false);
			// the run sees the answer at its next look and ends the wait, which closes this dialog
		}

		@Override
		protected void handleShellCloseEvent() {
			// closing the window is no answer: Confirm, Roll back, or the deadline decide
		}
	}
}
