package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.restripe.connect.run.KitRuns;
import org.restripe.connect.run.RunResult;
import org.restripe.model.Site;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.run.CommitConfirmDialog;
import org.restripe.ui.run.KitChoiceDialog;
import org.restripe.ui.run.RunKitDialog;
import org.restripe.ui.run.RunKitFlow;
import org.restripe.ui.run.RunKitJob;

/**
 * What the Operations tests share: a real, confirmed Run Kit of the online change on the demo site played by the
 * simulator, recorded in the workbench's own data directory (where the Recordings view looks). The kit is signed
 * by a center key of the test's own, which the workbench is made to trust, so no key of the workbench is made.
 */
abstract class OperationsRunCase extends KitFlowCase {
	final List<String> result = new ArrayList<>();
	private Path journal;

	/**
	 * The run's journal goes with the test: the same kit run again by the next test would otherwise be resumed
	 * from it, with nothing left to do on a fresh simulator.
	 */
	@AfterEach
	void forgetTheRun() throws Exception {
		if (journal != null && Files.isDirectory(journal.getParent())) {
			try (Stream<Path> files = Files.walk(journal.getParent())) {
				for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(f);
				}
			}
		}
	}

	Path workbenchData() {
		return RestripeUi.dataDirectory().path();
	}

	/**
	 * Runs the kit, the line chosen by {@code line} in the Run Kit dialog, confirmed in the countdown dialog;
	 * the run verified. {@code storage} holds (or is asked for) the passwords.
	 */
	RunKitJob confirmedRun(SimulatedDemoSite site, ShellBot bot, ISecurePreferences storage,
			BiConsumer<Shell, RunKitDialog> line) throws Exception {
		Site current = site.siteFile.site();
		Path kit = dir.resolve("online.kit");
		CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), dir.resolve("center"));
		TrustedKeys.open(workbenchData()).trust(center.publicKey().line());
		bot.whenOpen(KitChoiceDialog.TITLE, s -> KitFlowCase.chooseKit(s, kit, site));
		bot.whenOpen(RunKitDialog.TITLE, s -> {
			KitFlowCase.assertSignerShown(s, center, "run");
			RunKitDialog dialog = (RunKitDialog) s.getData();
			line.accept(s, dialog);
			dialog.confirmWithinField().setText("5m");
			ShellBot.press(s, "Run");
		});
		bot.whenOpen(CommitConfirmDialog.TITLE, s -> ShellBot.press(s, "Confirm"));
		bot.whenOpen(RunKitFlow.RESULT, s -> {
			result.add(ShellBot.texts(s));
			ShellBot.press(s, "OK");
		});
		RunKitJob job = RunKitFlow.start(shell, workbenchData(), RestripeUi.dataDirectory().sites(), storage, kit, null);
		assertNotNull(job, "the kit passed its checks and runs");
		journal = KitRuns.journalFile(workbenchData(), job.order().kit().kit());
		bot.dispatchUntil(() -> !result.isEmpty(), 300, "the run ended and its result was shown");
		RunKitJob.Ran ran = assertInstanceOf(RunKitJob.Ran.class, job.outcome(), String.valueOf(job.outcome()));
		assertEquals(RunResult.Outcome.CONFIRMED, ran.result().outcome(), ran.result().message());
		assertTrue(ran.verified(), ran.verification());
		return job;
	}
}
