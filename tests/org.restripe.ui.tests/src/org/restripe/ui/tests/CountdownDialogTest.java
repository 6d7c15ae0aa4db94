package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.restripe.connect.run.CommitConfirmation.Answer;
import org.restripe.drivers.api.Check;
import org.restripe.plan.kit.KitScript.KitStep;
import org.restripe.ui.run.CommitConfirmDialog;
import org.restripe.ui.run.DialogAnswers;
import org.restripe.ui.run.StepConfirmDialog;

/**
 * The two dialogs of a run that count down: the destructive-step confirmation (no answer in time is a No, so
 * the run stops before the step) and the commit-confirm (at zero it says the change is being rolled back, gives
 * no answer, and closes when the run says the wait is over). The countdown shown decreases.
 */
class CountdownDialogTest {
	private static final Pattern LEFT = Pattern.compile("(\\d+):(\\d\\d) left to");

	private final Display display = Display.getCurrent();
	private final Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();

	private static KitStep destroyingStep() {
		return new KitStep(3, "destroys data", "RAID level of v0 from 5 to 1",
				"Back up every LUN of volume v0 and verify the backup: the volume is remade empty.", List.of(), List.of(),
				Check.byEngineer("the backup is verified"));
	}

	/** The seconds the countdown in {@code text} shows; -1 when it shows none. */
	private static int seconds(String text) {
		Matcher m = LEFT.matcher(text);
		return m.find() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : -1;
	}

	@Test
	void theStepConfirmationCountsDownAndAtZeroStopsTheRunBeforeTheStep() {
		StepConfirmDialog dialog = new StepConfirmDialog(window, "t3a", destroyingStep(), Duration.ofSeconds(4));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try (ShellBot bot = new ShellBot()) {
			String shown = ShellBot.texts(dialog.getShell());
			assertTrue(shown.contains("Array t3a, step 3 (RAID level of v0 from 5 to 1) - destroys data"), shown);
			assertTrue(shown.contains("Back up every LUN of volume v0 and verify the backup"), shown);
			int first = seconds(dialog.countdownText());
			assertTrue(first >= 1 && first <= 4, dialog.countdownText());
			ShellBot.shot(dialog.getShell(), "confirm-step-countdown.png");
			bot.dispatchUntil(() -> seconds(dialog.countdownText()) >= 0 && seconds(dialog.countdownText()) < first, 30,
					"the countdown went down from " + first + " s");
			bot.dispatchUntil(() -> dialog.getShell() == null, 30, "the dialog closed itself at zero");
			assertTrue(dialog.timedOut(), "the time ran out");
			assertEquals(StepConfirmDialog.STOP_ID, dialog.getReturnCode(), "no answer in time is Stop the run");
		} finally {
			dialog.close();
		}
	}

	@Test
	void aRunsStepConfirmationIsTheCountdownDialogAndItsAnswerReachesTheRun() {
		DialogAnswers answers = new DialogAnswers(display, Duration.ofMinutes(5));
		List<String> shown = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(StepConfirmDialog.TITLE, s -> {
				shown.add(((StepConfirmDialog) s.getData()).countdownText());
				ShellBot.press(s, "Done, go on");
			});
			// the run's job asks from its own thread and waits for the answer
			CompletableFuture<Boolean> done = CompletableFuture.supplyAsync(() -> answers.confirmed("t3a", destroyingStep()));
			bot.dispatchUntil(done::isDone, 60, "the run had its answer");
			assertTrue(done.join(), "Done, go on lets the step run");
			assertEquals(1, shown.size());
			assertTrue(seconds(shown.get(0)) > 4 * 60, "it counts down from the step wait: " + shown.get(0));

			DialogAnswers hurried = new DialogAnswers(display, Duration.ofSeconds(2));
			List<Shell> unanswered = new ArrayList<>();
			bot.whenOpen(StepConfirmDialog.TITLE, unanswered::add); // the engineer is away
			CompletableFuture<Boolean> timedOut = CompletableFuture.supplyAsync(() -> hurried.confirmed("t3a",
					destroyingStep()));
			bot.dispatchUntil(timedOut::isDone, 60, "the run had its answer");
			assertFalse(timedOut.join(), "no answer in time stops the run");
			assertTrue(unanswered.get(0).isDisposed(), "the dialog is gone");
		}
	}

	@Test
	void theCommitConfirmCountsDownSaysAtZeroThatTheChangeIsRolledBackAndClosesWhenTheRunEndsTheWait() {
		CommitConfirmDialog confirm = new CommitConfirmDialog(display);
		List<Shell> opened = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(CommitConfirmDialog.TITLE, opened::add);
			confirm.ask(Instant.now().plusSeconds(4), "se6120 write-through");
			bot.dispatchUntil(() -> !opened.isEmpty(), 30, "the commit-confirm opened");
			Shell shell = opened.get(0);
			String shown = ShellBot.texts(shell);
			assertTrue(shown.contains("The change is in place (se6120 write-through)"), shown);
			int first = seconds(shown);
			assertTrue(first >= 1 && first <= 4, shown);
			bot.dispatchUntil(() -> seconds(ShellBot.texts(shell)) >= 0 && seconds(ShellBot.texts(shell)) < first, 30,
					"the countdown went down from " + first + " s");
			bot.dispatchUntil(() -> ShellBot.texts(shell).contains(CommitConfirmDialog.TIME_UP), 30, "the time ran out");
			assertEquals(Answer.PENDING, confirm.answer(), "at zero the dialog answers nothing: the run rolls back");
			ShellBot.shot(shell, "commit-confirm-time-up.png");
			shell.close();
			assertFalse(shell.isDisposed(), "closing the window is no answer");
			confirm.ended("rolled back by itself: not confirmed within 4 s");
			bot.dispatchUntil(shell::isDisposed, 30, "the dialog closed when the run ended the wait");
			assertEquals("rolled back by itself: not confirmed within 4 s", confirm.endedHow());
		}
	}
}
