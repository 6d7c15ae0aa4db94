package org.restripe.ui.run;

import java.time.Duration;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.restripe.connect.StepConfirmation;
import org.restripe.connect.run.KitRun;
import org.restripe.plan.kit.KitScript.KitStep;
import org.restripe.ui.UiThread;
import org.restripe.ui.connect.ConnectionPreferences;

/**
 * The engineer's answers during a run, asked in dialogs on the UI thread while the run's job waits: a site
 * visit or verified backup a step needs (with a countdown), and whether to roll back after a halt. No display
 * means no.
 */
public final class DialogAnswers implements StepConfirmation, KitRun.RollbackOffer {
	public static final String CONFIRM_STEP = "Confirm step";
	public static final String HALTED = "Run halted";

	private final Display display;
	private final Duration stepWait;

	/** Steps are confirmed within the line's idle limit less a margin: it would be dropped after it anyway. */
	public DialogAnswers(Display display) {
		this(display, stepWait(ConnectionPreferences.inactivity()));
	}

	public DialogAnswers(Display display, Duration stepWait) {
		this.display = display;
		this.stepWait = stepWait;
	}

	static Duration stepWait(Duration idleLimit) {
		Duration wait = idleLimit.minusSeconds(15);
		return wait.compareTo(Duration.ofSeconds(15)) < 0 ? Duration.ofSeconds(15) : wait;
	}

	/** Asked in a {@link StepConfirmDialog} with its countdown; no answer in time is a No. */
	@Override
	public boolean confirmed(String arrayName, KitStep step) {
		return UiThread.ask(display, () -> new StepConfirmDialog(UiThread.parentShell(), arrayName, step, stepWait)
				.open() == StepConfirmDialog.DONE_ID, false);
	}

	@Override
	public boolean rollBack(String haltMessage, List<String> stepsDone) {
		return UiThread.ask(display, () -> MessageDialog.openQuestion(UiThread.parentShell(), HALTED,
				haltMessage + "\n\nRoll back the " + stepsDone.size() + " steps done?"), false);
	}
}
