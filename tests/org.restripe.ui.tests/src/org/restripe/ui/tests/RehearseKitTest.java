package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.restripe.cli.Rehearsal;
import org.restripe.connect.run.RunResult;
import org.restripe.model.CacheMode;
import org.restripe.model.Site;
import org.restripe.plan.kit.CenterKey;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.run.KitChoiceDialog;
import org.restripe.ui.run.RehearseKitDialog;
import org.restripe.ui.run.RehearseKitFlow;
import org.restripe.ui.run.RehearseKitJob;
import org.restripe.ui.session.LineState;
import org.restripe.ui.session.SessionView;

/**
 * Rehearse Kit... on the demo site: the kit checked and its signer shown, the rehearsal run on a simulated twin
 * (its own modem, terminal server and arrays) followed in the Session view, and the report saying it verified,
 * what a real run would ask and the wire time; the site's own simulator, standing for the real site, untouched.
 */
class RehearseKitTest extends KitFlowCase {
	private final List<String> report = new ArrayList<>();

	private static void rehearseAt9600(Shell s, CenterKey center) {
		KitFlowCase.assertSignerShown(s, center, "rehearsal");
		RehearseKitDialog dialog = (RehearseKitDialog) s.getData();
		assertTrue(dialog.fastModemBox().getSelection(), "the fast modem is the default");
		dialog.baudField().setText("fast");
		assertEquals("Real line speed: 'fast' is not a speed from 300 to 1000000 baud", dialog.getErrorMessage());
		dialog.baudField().setText("9600");
		assertNull(dialog.getErrorMessage());
		ShellBot.shot(s, "rehearse-kit.png");
		ShellBot.press(s, "Rehearse");
	}

	@Test
	void aRehearsalOfAKitBuiltForARequestLeavesTheRequestWhereItIs() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			String customer = DeskFixture.unique("rehearsal");
			Site current = TestKits.forCustomer(site.siteFile.site(), customer);
			Path kit = dir.resolve("online.kit");
			CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
			DeskFixture.customerWithSite(customer, customer + "-site");
			org.restripe.workflow.RequestDesk desk = new org.restripe.workflow.RequestDesk(DeskFixture.database());
			int id = desk.open(customer, "demo-site", "Write-through cache, rehearsed first").id();
			new org.restripe.workflow.RequestProgress(DeskFixture.database()).kitBuilt(id,
					org.restripe.plan.kit.KitDigest.of(kit), "demo-site", "test");
			int moves = desk.transitions(id).size();
			bot.whenOpen(KitChoiceDialog.REHEARSE_TITLE, s -> KitFlowCase.chooseKit(s, kit, site));
			bot.whenOpen(RehearseKitDialog.TITLE, s -> rehearseAt9600(s, center));
			bot.whenOpen(RehearseKitFlow.REPORT, s -> {
				report.add(ShellBot.texts(s));
				ShellBot.press(s, "OK");
			});
			RehearseKitJob job = RehearseKitFlow.start(shell, data(), RestripeUi.dataDirectory().sites(), kit, null);
			assertNotNull(job);
			bot.dispatchUntil(() -> !report.isEmpty(), 300, "the rehearsal ended and its report was shown");
			assertInstanceOf(RehearseKitJob.Rehearsed.class, job.outcome(), String.valueOf(job.outcome()));
			assertEquals(org.restripe.workflow.RequestState.IMPLEMENTATION_BUILT, desk.find(id).orElseThrow().state(),
					"a rehearsal is no run at the site");
			assertEquals(moves, desk.transitions(id).size(), "and moves the request nowhere");
		}
	}

	@Test
	void aRehearsalOfAnOnlineChangeIsVerifiedOnTheTwinAndLeavesTheSiteAlone() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			Site current = site.siteFile.site();
			CacheMode before = TestKits.unit(current, "se6120").getCache().getCacheMode();
			Path kit = dir.resolve("online.kit");
			CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
			bot.whenOpen(KitChoiceDialog.REHEARSE_TITLE, s -> KitFlowCase.chooseKit(s, kit, site));
			bot.whenOpen(RehearseKitDialog.TITLE, s -> rehearseAt9600(s, center));
			bot.whenOpen(RehearseKitFlow.REPORT, s -> {
				report.add(ShellBot.texts(s));
				ShellBot.shot(s, "rehearsal-report.png");
				ShellBot.press(s, "OK");
			});
			RehearseKitJob job = RehearseKitFlow.start(shell, data(), RestripeUi.dataDirectory().sites(), kit, null);
			assertNotNull(job, "the kit passed its checks and is rehearsed");
			bot.dispatchUntil(() -> !report.isEmpty(), 300, "the rehearsal ended and its report was shown");
			bot.assertNoFailures();
			RehearseKitJob.Rehearsed rehearsed = assertInstanceOf(RehearseKitJob.Rehearsed.class, job.outcome(),
					String.valueOf(job.outcome()));
			Rehearsal.Report result = rehearsed.report();
			assertEquals(RunResult.Outcome.CONFIRMED, result.result().outcome(), result.result().message());
			assertTrue(result.verified(), String.join("\n", rehearsed.verification()));
			assertReport(report.get(0), site, result);
			assertFalse(site.anyConsoleReached(), "the site's own consoles were never reached:\n" + site.log());
			assertEquals(before, site.array("se6120").getCache().getCacheMode(), "the site's se6120 as before");
			assertEquals(TestKits.unit(current, "t3a").getCache().getCacheMode(),
					site.array("t3a").getCache().getCacheMode(), "the site's t3a as before");
			Path recording = job.order().recordingFile();
			assertEquals(data().resolve("recordings"), recording.getParent());
			assertTrue(recording.getFileName().toString().endsWith("-rehearse-"
					+ site.siteName().replaceAll("[^A-Za-z0-9._-]", "_") + ".cast"), recording.toString());
			assertTrue(Files.size(recording) > 0, "the rehearsal was recorded");
			SessionView view = (SessionView) page.findView(SessionView.ID);
			bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 30, "the session ended in the view");
			assertTrue(view.transcript().getText().contains("sys cache writethrough"), "the twin's session was followed");
			assertTrue(view.comparisonHeading().startsWith("Verification on the twin"), view.comparisonHeading());
			assertTrue(view.comparisonText().contains("se6120: as designed"), view.comparisonText());
			assertEquals("rehearsal confirmed, verified", view.lineDetail());
		}
	}

	private static void assertReport(String text, SimulatedDemoSite site, Rehearsal.Report result) {
		assertTrue(text.contains("Outcome on the twin: confirmed."), text);
		assertTrue(text.contains("Verified: every array as designed."), text);
		for (String array : List.of("se6120", "t3a")) {
			assertTrue(text.contains(array + ": as designed"), text);
		}
		assertTrue(text.contains("call the dialback modem " + site.siteFile.site().getModem().getNumber()
				+ " of the simulated twin"), text);
		assertTrue(text.contains("ask you to confirm: the commit-confirm"), text);
		assertTrue(result.bytesSent() > 0 && result.bytesReceived() > 0, "the line's bytes were counted");
		assertTrue(text.contains(String.format(Locale.ROOT, "%.1f s of wire time at 9600 baud", result.wireSeconds(9600))),
				text);
		assertTrue(text.contains(String.format(Locale.ROOT, "The run on the twin took %.1f s here",
				result.took().toMillis() / 1000.0)), text);
	}
}
