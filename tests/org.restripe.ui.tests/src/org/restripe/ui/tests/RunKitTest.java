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

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.restripe.connect.run.KitRuns;
import org.restripe.connect.run.RunResult;
import org.restripe.model.CacheMode;
import org.restripe.model.ReconRate;
import org.restripe.model.Site;
import org.restripe.plan.kit.CenterKey;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.connect.LinePanel;
import org.restripe.ui.run.CommitConfirmDialog;
import org.restripe.ui.run.DialogAnswers;
import org.restripe.ui.run.KitChoiceDialog;
import org.restripe.ui.run.RunKitDialog;
import org.restripe.ui.run.RunKitFlow;
import org.restripe.ui.run.RunKitJob;
import org.restripe.ui.session.LineState;
import org.restripe.ui.session.SessionView;
import org.restripe.plan.kit.KitDigest;
import org.restripe.ui.connect.DialbackAccount;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.secure.SitePasswordDialog;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProgress;
import org.restripe.workflow.RequestState;

/**
 * Run Kit... on the demo site played by the simulator: the kit's signer and freshness shown before anything
 * runs, the run over telnet, the commit-confirm as a countdown dialog answered Confirm (the arrays change) or
 * left to expire (it closes by itself and the rollback leaves the arrays as before), and a tampered kit refused
 * with nothing sent to the site.
 */
class RunKitTest extends KitFlowCase {
	private final List<String> result = new ArrayList<>();
	private ISecurePreferences storage;

	private static void chooseKitAfterAMissingOne(Shell s, Path kit, SimulatedDemoSite site) {
		KitChoiceDialog dialog = (KitChoiceDialog) s.getData();
		dialog.kitField().setText(kit.resolveSibling("no-such.kit").toString());
		assertTrue(dialog.getErrorMessage().startsWith("Kit file: ") && dialog.getErrorMessage().endsWith("does not exist"),
				dialog.getErrorMessage());
		KitFlowCase.chooseKit(s, kit, site);
	}

	/** The checked kit's signer shown, then the line and the commit-confirm time. */
	private static void runOverTelnet(Shell s, SimulatedDemoSite site, CenterKey center, String confirmWithin) {
		KitFlowCase.assertSignerShown(s, center, "run");
		RunKitDialog dialog = (RunKitDialog) s.getData();
		LinePanel line = dialog.linePanel();
		ShellBot.click(line.wayButton(Way.TELNET));
		line.telnetHostField().setText("127.0.0.1");
		line.telnetPortField().setText(Integer.toString(site.simulator.telnetPort()));
		dialog.confirmWithinField().setText("soon");
		assertEquals("Confirm within: 'soon' is not a time between 1 s and 24 h (write e.g. 10m or 90s)",
				dialog.getErrorMessage());
		dialog.confirmWithinField().setText(confirmWithin);
		assertNull(dialog.getErrorMessage());
		ShellBot.shot(s, "run-kit-" + confirmWithin + ".png");
		ShellBot.press(s, "Run");
	}

	private void readResult(Shell s) {
		result.add(ShellBot.texts(s));
		ShellBot.press(s, "OK");
	}

	private RunKitJob start(Path kit) {
		return RunKitFlow.start(shell, data(), RestripeUi.dataDirectory().sites(), storage, kit, null);
	}


	private void prepare(SimulatedDemoSite site) throws Exception {
		storage = SimulatedDemoSite.storage(dir);
		site.remember(storage, site.arrayNames());
	}

	@Test
	void aConfirmedRunChangesTheArraysAndIsVerified() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			prepare(site);
			Site current = site.siteFile.site();
			Path kit = dir.resolve("online.kit");
			CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
			bot.whenOpen(KitChoiceDialog.TITLE, s -> chooseKitAfterAMissingOne(s, kit, site));
			bot.whenOpen(RunKitDialog.TITLE, s -> runOverTelnet(s, site, center, "5m"));
			bot.whenOpen(CommitConfirmDialog.TITLE, s -> {
				assertTrue(ShellBot.texts(s).contains("left to confirm"), ShellBot.texts(s));
				assertEquals(CacheMode.WRITETHROUGH, site.array("se6120").getCache().getCacheMode(),
						"the change is in place while it waits for the confirmation");
				ShellBot.shot(s, "commit-confirm.png");
				ShellBot.press(s, "Confirm");
			});
			bot.whenOpen(RunKitFlow.RESULT, this::readResult);
			RunKitJob job = start(kit);
			assertNotNull(job, "the kit passed its checks and runs");
			bot.dispatchUntil(() -> !result.isEmpty(), 300, "the run ended and its result was shown");
			RunKitJob.Ran ran = assertInstanceOf(RunKitJob.Ran.class, job.outcome(), String.valueOf(job.outcome()));
			assertEquals(RunResult.Outcome.CONFIRMED, ran.result().outcome(), ran.result().message());
			assertTrue(ran.verified(), ran.verification());
			assertTrue(result.get(0).contains("Verified: every array is as designed."), result.get(0));
			// the arrays hold the design now: kept in the site's history as applied, as restripe apply does
			var versions = new org.restripe.workflow.ConfigurationHistory(org.restripe.ui.RestripeUi.database())
					.versions(site.siteName());
			assertEquals(org.restripe.workflow.VersionReason.APPLIED, versions.get(versions.size() - 1).reason());
			assertTrue(result.get(0).contains("Kept as version " + versions.size() + " (applied) of " + site.siteName()),
					result.get(0));
			// verified, so the site file is now the design; the file before is kept just before it
			assertEquals(org.restripe.workflow.VersionReason.REPLACED, versions.get(versions.size() - 2).reason());
			assertTrue(result.get(0).contains("The current configuration of " + site.siteName() + " is now the verified design"),
					result.get(0));
			Site now = org.restripe.model.persist.SiteFiles.load(site.siteFile.path());
			assertEquals(CacheMode.WRITETHROUGH, now.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
					.filter(u -> u.getName().equals("se6120")).findFirst().orElseThrow().getCache().getCacheMode(),
					"the current site file holds the verified design");
			assertEquals(CacheMode.WRITETHROUGH, site.array("se6120").getCache().getCacheMode());
			assertFalse(site.array("se6120").getCache().isReadAhead());
			assertEquals(ReconRate.HIGH, site.array("se6120").getCache().getReconRate());
			assertEquals(CacheMode.WRITETHROUGH, site.array("t3a").getCache().getCacheMode());
			SessionView view = (SessionView) page.findView(SessionView.ID);
			bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 30, "the session ended in the view");
			assertTrue(view.comparisonText().contains("se6120: as designed"), view.comparisonText());
			assertTrue(view.transcript().getText().contains("sys cache writethrough"), "the run's commands are shown");
			assertTrue(Files.size(KitRuns.journalFile(data(), job.order().kit().kit())) > 0, "the journal in DATA/runs/KITID");
		}
	}

	@Test
	void anUnconfirmedChangeIsRolledBackWhenItsTimeRunsOut() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			prepare(site);
			Site current = site.siteFile.site();
			CacheMode before = TestKits.unit(current, "se6120").getCache().getCacheMode();
			Path kit = dir.resolve("online.kit");
			CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
			List<Shell> countdown = new ArrayList<>();
			bot.whenOpen(KitChoiceDialog.TITLE, s -> chooseKitAfterAMissingOne(s, kit, site));
			bot.whenOpen(RunKitDialog.TITLE, s -> runOverTelnet(s, site, center, "5s"));
			bot.whenOpen(CommitConfirmDialog.TITLE, countdown::add); // the engineer does not answer
			bot.whenOpen(RunKitFlow.RESULT, this::readResult);
			RunKitJob job = start(kit);
			assertNotNull(job);
			bot.dispatchUntil(() -> !countdown.isEmpty(), 300, "the commit-confirm dialog opened");
			bot.dispatchUntil(() -> countdown.get(0).isDisposed(), 120, "the countdown dialog closed by itself");
			bot.dispatchUntil(() -> !result.isEmpty(), 300, "the run ended and its result was shown");
			RunKitJob.Ran ran = assertInstanceOf(RunKitJob.Ran.class, job.outcome(), String.valueOf(job.outcome()));
			assertEquals(RunResult.Outcome.ROLLED_BACK, ran.result().outcome(), ran.result().message());
			assertTrue(result.get(0).contains("rolled back by itself: not confirmed within 5 s"), result.get(0));
			assertTrue(result.get(0).contains("Read back: every array is as before the run."), result.get(0));
			assertEquals(before, site.array("se6120").getCache().getCacheMode(), "se6120 as before the run");
			assertEquals(TestKits.unit(current, "t3a").getCache().getCacheMode(),
					site.array("t3a").getCache().getCacheMode(), "t3a as before the run");
		}
	}

	@Test
	void aStepThatFailsHaltsTheRunAndTheRollbackOfferedInADialogRestoresTheArrays() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			prepare(site);
			Site current = site.siteFile.site();
			Path kit = dir.resolve("online.kit");
			CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
			site.simulator.faults("se6120").errorOn("sys recon_rate", "Error: controller busy, try again later");
			List<String> offer = new ArrayList<>();
			bot.whenOpen(KitChoiceDialog.TITLE, s -> chooseKitAfterAMissingOne(s, kit, site));
			bot.whenOpen(RunKitDialog.TITLE, s -> runOverTelnet(s, site, center, "5m"));
			bot.whenOpen(DialogAnswers.HALTED, s -> {
				offer.add(ShellBot.texts(s));
				ShellBot.press(s, "Yes");
			});
			bot.whenOpen(RunKitFlow.RESULT, this::readResult);
			RunKitJob job = start(kit);
			assertNotNull(job);
			bot.dispatchUntil(() -> !result.isEmpty(), 300, "the run ended and its result was shown");
			assertEquals(0, bot.handled(CommitConfirmDialog.TITLE), "a halted run asks no commit-confirm");
			assertEquals(1, offer.size(), "the rollback was offered");
			assertTrue(offer.get(0).contains("Array se6120, step ") && offer.get(0).contains("controller busy"), offer.get(0));
			RunKitJob.Ran ran = assertInstanceOf(RunKitJob.Ran.class, job.outcome(), String.valueOf(job.outcome()));
			assertEquals(RunResult.Outcome.HALTED_ROLLED_BACK, ran.result().outcome(), ran.result().message());
			assertTrue(result.get(0).contains("The steps done were rolled back"), result.get(0));
			assertTrue(result.get(0).contains("Read back: every array is as before the run."), result.get(0));
			assertEquals(TestKits.unit(current, "se6120").getCache().getCacheMode(),
					site.array("se6120").getCache().getCacheMode(), "se6120 as before the run");
			SessionView view = (SessionView) page.findView(SessionView.ID);
			bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 30, "the session ended in the view");
			assertEquals("run halted rolled back", view.lineDetail());
			assertTrue(view.comparisonHeading().startsWith("After the rollback"), view.comparisonHeading());
		}
	}

	@Test
	void aTamperedKitIsRefusedBeforeAnythingIsSentToTheSite() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			prepare(site);
			Site current = site.siteFile.site();
			Path kit = dir.resolve("tampered.kit");
			TestKits.write(kit, current, TestKits.onlineChange(current), data());
			TestKits.alter(kit, "scripts/t3a.txt", "writethrough", "writebehind");
			List<String> refusal = new ArrayList<>();
			bot.whenOpen(KitChoiceDialog.TITLE, s -> chooseKitAfterAMissingOne(s, kit, site));
			bot.whenOpen(RunKitFlow.REFUSED, s -> {
				refusal.add(ShellBot.texts(s));
				ShellBot.shot(s, "kit-refused.png");
				ShellBot.press(s, "OK");
			});
			assertNull(start(kit), "nothing runs");
			bot.assertNoFailures();
			assertEquals(1, refusal.size(), "the refusal was shown");
			assertTrue(refusal.get(0).contains("Altered kit"), refusal.get(0));
			assertTrue(refusal.get(0).contains("scripts/t3a.txt was altered after the kit was made"), refusal.get(0));
			assertEquals(0, bot.handled(RunKitDialog.TITLE), "the run was never offered");
			assertFalse(site.anyConsoleReached(), "no console was reached:\n" + site.log());
			for (String array : site.arrayNames()) {
				assertTrue(site.simulator.consoleLine(array).holder().isEmpty(), array + "'s console is free");
			}
			assertEquals(TestKits.unit(current, "t3a").getCache().getCacheMode(),
					site.array("t3a").getCache().getCacheMode());
		}
	}

	/** A request of the demo site, with the kit filed under it as Build Kit files it: implementation built. */
	private Request requestOfKit(Path kit, String customer, String summary) throws Exception {
		DeskFixture.customerWithSite(customer, customer + "-site");
		Request request = new RequestDesk(DeskFixture.database()).open(customer, "demo-site", summary);
		return new RequestProgress(DeskFixture.database()).kitBuilt(request.id(), KitDigest.of(kit), "demo-site", "test");
	}

	private List<RequestState> path(Request request) throws Exception {
		return new RequestDesk(DeskFixture.database()).transitions(request.id()).stream().map(t -> t.to()).toList();
	}

	@Test
	void theRequestTheKitWasBuiltForIsConnectedThenVerifiedAndTheResultSaysSo() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			prepare(site);
			String customer = DeskFixture.unique("runkit");
			Site current = TestKits.forCustomer(site.siteFile.site(), customer);
			Path kit = dir.resolve("online.kit");
			CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
			Request request = requestOfKit(kit, customer, "Write-through cache on the arrays");
			List<RequestState> whileConfirming = new ArrayList<>();
			bot.whenOpen(KitChoiceDialog.TITLE, s -> KitFlowCase.chooseKit(s, kit, site));
			bot.whenOpen(RunKitDialog.TITLE, s -> runOverTelnet(s, site, center, "5m"));
			bot.whenOpen(CommitConfirmDialog.TITLE, s -> {
				whileConfirming.add(state(request));
				ShellBot.press(s, "Confirm");
			});
			bot.whenOpen(RunKitFlow.RESULT, this::readResult);
			RunKitJob job = start(kit);
			assertNotNull(job, "the kit passed its checks and runs");
			bot.dispatchUntil(() -> !result.isEmpty(), 300, "the run ended and its result was shown");
			assertEquals(List.of(RequestState.CONNECTED), whileConfirming, "connected while the run goes");
			assertEquals(RequestState.VERIFIED, state(request));
			List<RequestState> path = path(request);
			assertEquals(List.of(RequestState.IMPLEMENTATION_BUILT, RequestState.CONNECTED, RequestState.APPLIED,
					RequestState.VERIFIED), path.subList(path.size() - 4, path.size()), String.valueOf(path));
			assertEquals("applied and verified: every array is as designed", new RequestDesk(DeskFixture.database())
					.transitions(request.id()).get(path.size() - 1).why());
			assertTrue(result.get(0).contains("Request " + request.id() + " is now verified."), result.get(0));
		}
	}

	@Test
	void aChangeRolledBackForWantOfAConfirmationLeavesItsRequestFailed() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			prepare(site);
			String customer = DeskFixture.unique("runkit");
			Site current = TestKits.forCustomer(site.siteFile.site(), customer);
			Path kit = dir.resolve("online.kit");
			CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
			Request request = requestOfKit(kit, customer, "Write-through cache, if the customer confirms");
			bot.whenOpen(KitChoiceDialog.TITLE, s -> KitFlowCase.chooseKit(s, kit, site));
			bot.whenOpen(RunKitDialog.TITLE, s -> runOverTelnet(s, site, center, "5s"));
			bot.whenOpen(CommitConfirmDialog.TITLE, s -> { }); // nobody answers
			bot.whenOpen(RunKitFlow.RESULT, this::readResult);
			RunKitJob job = start(kit);
			assertNotNull(job);
			bot.dispatchUntil(() -> !result.isEmpty(), 300, "the run ended and its result was shown");
			RunKitJob.Ran ran = assertInstanceOf(RunKitJob.Ran.class, job.outcome(), String.valueOf(job.outcome()));
			assertEquals(RunResult.Outcome.ROLLED_BACK, ran.result().outcome());
			assertEquals(RequestState.FAILED, state(request));
			List<org.restripe.workflow.Transition> moves = new RequestDesk(DeskFixture.database()).transitions(request.id());
			assertEquals(ran.result().outcome() + ": " + ran.result().message(), moves.get(moves.size() - 1).why(),
					"the run's outcome is why it failed");
			assertTrue(result.get(0).contains("Request " + request.id() + " is now failed."), result.get(0));
		}
	}

	@Test
	void runKitsDialbackFindsThePasswordRememberedForTheConnectWizardsAccount() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			prepare(site);
			// what the Connect wizard leaves: the number and account remembered, the password under their key only
			DialbackAccount account = new DialbackAccount("+1 555 0100", "restripe");
			account.remember(site.siteName());
			storage.node(SecureStorageSecrets.nodePath(site.siteName(), account.secret()))
					.put(SecureStorageSecrets.KEY, "dialme", true);
			Site current = site.siteFile.site();
			Path kit = dir.resolve("online.kit");
			CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
			String centerModem = "tcp:127.0.0.1:" + site.simulator.centerModemPort();
			List<String> asked = new ArrayList<>();
			bot.whenOpen(SitePasswordDialog.TITLE, s -> {
				asked.add(ShellBot.texts(s));
				ShellBot.press(s, "Cancel");
			});
			bot.whenOpen(KitChoiceDialog.TITLE, s -> KitFlowCase.chooseKit(s, kit, site));
			bot.whenOpen(RunKitDialog.TITLE, s -> {
				RunKitDialog dialog = (RunKitDialog) s.getData();
				ShellBot.click(dialog.linePanel().wayButton(Way.DIAL));
				dialog.linePanel().modemField().setText(centerModem);
				assertTrue(ShellBot.texts(s).contains("+1 555 0100"), "the number the call dials is shown");
				ShellBot.click(dialog.commitConfirmBox());
				assertNull(dialog.getErrorMessage());
				ShellBot.press(s, "Run");
			});
			bot.whenOpen(RunKitFlow.RESULT, this::readResult);
			RunKitJob job = start(kit);
			assertNotNull(job);
			bot.dispatchUntil(() -> !result.isEmpty(), 300, "the run ended and its result was shown");
			assertEquals(List.of(), asked, "no password was asked: the wizard's account's password was found");
			RunKitJob.Ran ran = assertInstanceOf(RunKitJob.Ran.class, job.outcome(), String.valueOf(job.outcome()));
			assertTrue(ran.verified(), ran.verification());
			assertTrue(site.log().contains("password accepted for account"), site.log());
			assertFalse(Files.readString(job.order().recordingFile()).contains("dialme"), "the password is not recorded");
		}
	}

	private static RequestState state(Request request) {
		try {
			return new RequestDesk(DeskFixture.database()).find(request.id()).orElseThrow().state();
		} catch (org.restripe.store.StoreException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}
