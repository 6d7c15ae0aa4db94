package org.restripe.ui.run;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.restripe.connect.StepConfirmation;
import org.restripe.connect.run.KitRun;
import org.restripe.plan.kit.KitScript.KitStep;
import org.restripe.ui.UiThread;

/**
 * The engineer's answers during a run, asked in dialogs on the UI thread while the run's job waits: a site
 * visit or verified backup a step needs, and whether to roll back after a halt. No display means no.
 */
public final class DialogAnswers implements StepConfirmation, KitRun.RollbackOffer {
	public static final String CONFIRM_STEP = "Confirm step";
	public static final String HALTED = "Run halted";

	private final Display display;

	public DialogAnswers(Display display) {
		this.display = display;
	}

	@Override
	public boolean confirmed(String arrayName, KitStep step) {
		return UiThread.ask(display, () -> MessageDialog.openQuestion(UiThread.parentShell(), CONFIRM_STEP,
				"Array " + arrayName + ", step " + step.number() + " (" + step.summary() + "):\n\n"
						+ step.personInstruction() + "\n\nIs this done? No stops the run here."),
				false);
	}

	@Override
	public boolean rollBack(String haltMessage, List<String> stepsDone) {
		return UiThread.ask(display, () -> MessageDialog.openQuestion(UiThread.parentShell(), HALTED,
				haltMessage + "\n\nRoll back the " + stepsDone.size() + " steps done?"), false);
	}
}
