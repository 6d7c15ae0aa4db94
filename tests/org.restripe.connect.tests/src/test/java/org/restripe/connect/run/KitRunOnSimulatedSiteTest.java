package org.restripe.connect.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.connect.FileStepJournal;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.RunResult.Outcome;
import org.restripe.model.CacheMode;
import org.restripe.model.ReconRate;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.DemoSite;
import org.restripe.plan.PlanProof;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;

/**
 * A kit carried out at a simulated site through its management host's terminal server, as an engineer would:
 * every array's signed script over one session, then discovery through the same line and the comparison with
 * the design; failures halt, roll back and resume as they must.
 */
class KitRunOnSimulatedSiteTest {
	@TempDir
	Path dir;

	private final Site current = DemoSite.create();
	private SimulatedSiteLine site;
	private SessionRecording recording;
	private FileStepJournal journal;

	/** A simulated site of the current configuration, the run's recording and its journal. */
	@BeforeEach
	void startTheSite() throws Exception {
		site = new SimulatedSiteLine(current);
		recording = SessionRecording.start(dir.resolve("run.cast"), "run");
		journal = FileStepJournal.open(dir.resolve("journal"));
	}

	@AfterEach
	void stopTheSite() throws Exception {
		journal.close();
		recording.close();
		site.close();
	}

	/** Online changes: se6120 write-through, no read-ahead, fast reconstruction; t3a write-through. */
	private Site desired() {
		Site desired = EcoreUtil.copy(current);
		StorageUnit se6120 = unit(desired, "se6120");
		se6120.getCache().setCacheMode(CacheMode.WRITETHROUGH);
		se6120.getCache().setReadAhead(false);
		se6120.getCache().setReconRate(ReconRate.HIGH);
		unit(desired, "t3a").getCache().setCacheMode(CacheMode.WRITETHROUGH);
		return desired;
	}

	/** Also t3b's hot spare taken off: its volume is rebuilt, which destroys data behind a backup confirmation. */
	private Site desiredWithRebuild() {
		Site desired = desired();
		volume(desired, "t3b", "v0").setStandby(null);
		return desired;
	}

	private List<ArrayScript> kit(SimulatedSiteLine site, Site desired) throws Exception {
		Path file = dir.resolve("change.kit");
		Path data = dir.resolve("data");
		Kit.write(file, current, desired, PlanProof.provenPlan(current, desired), site.drivers,
				CenterKey.open(data, creating -> "center secret".toCharArray()));
		return ArrayScript.of(Kit.read(file, TrustedKeys.open(data)), site.drivers);
	}

	private KitRun run(SimulatedSiteLine site, List<ArrayScript> scripts, SessionRecording recording,
			FileStepJournal journal) {
		SiteSession session = new SiteSession(site.telnet(), recording);
		return new KitRun(scripts, session, SimulatedSiteLine.passwords(SimulatedSiteLine.ARRAY_PASSWORD), journal,
				SimulatedSiteLine.SETTINGS);
	}

	@Test
	void theKitRunsThroughTheTerminalServerAndTheArraysReadBackAsDesigned() throws Exception {
		Site desired = desiredWithRebuild();
		List<ArrayScript> scripts = kit(site, desired);
		List<String> confirmed = new ArrayList<>();
		RunResult result = run(site, scripts, recording, journal).confirmingStepsWith((array, step) -> {
			confirmed.add(array + ": " + step.personInstruction());
			return true;
		}).run(new NullProgressMonitor());
		assertEquals(Outcome.COMPLETED, result.outcome(), result.message() + "\n" + site.log());
		assertEquals(1, site.opened, "one call carries every array");
		assertEquals(List.of("se6120", "t3a", "t3b"), scripts.stream().map(ArrayScript::arrayName).sorted().toList());
		assertEquals(1, confirmed.size(), confirmed.toString());
		assertTrue(confirmed.get(0).startsWith("t3b: STOP: confirm that a verified backup of volume v0"), confirmed.get(0));
		assertEquals(Map.of(), site.differencesFrom(desired, dir.resolve("verify.cast")));
		String cast = Files.readString(dir.resolve("run.cast"), StandardCharsets.ISO_8859_1);
		assertTrue(cast.contains("connect t3b\\r") && cast.contains("connect se6120\\r"), cast);
		assertTrue(cast.contains("vol init v0 data"), "the rebuilt volume was initialised: " + cast);
		assertFalse(cast.contains(SimulatedSiteLine.ARRAY_PASSWORD), "the array password is never recorded");
	}

	@Test
	void aDeviceErrorHaltsNamingArrayAndStepAndTheRollbackRestoresTheOriginal() throws Exception {
		Site desired = desired();
		List<ArrayScript> scripts = kit(site, desired);
		site.simulator.faults("se6120").errorOn("sys recon_rate", "Error: controller busy, try again later");
		List<String> offered = new ArrayList<>();
		RunResult result = run(site, scripts, recording, journal).offeringRollbackWith((message, done) -> {
			offered.addAll(done);
			return true;
		}).run(new NullProgressMonitor());
		assertEquals(Outcome.HALTED_ROLLED_BACK, result.outcome(), result.message());
		assertTrue(result.message().startsWith("Array se6120, step "), result.message());
		assertTrue(result.message().contains("Error: controller busy, try again later"), result.message());
		assertFalse(offered.isEmpty(), "the steps done were offered for rollback");
		assertEquals(Map.of(), site.differencesFrom(current, dir.resolve("verify.cast")),
				"after the rollback every array is as before the run");
	}

	@Test
	void aLineDroppedMidScriptIsCalledAgainAndNoStepRunsTwice() throws Exception {
		Site desired = desired();
		List<ArrayScript> scripts = kit(site, desired);
		// the reply of this command is cut halfway: the array did it, the center never saw its prompt
		site.simulator.faults("se6120").dropOn("sys rd_ahead");
		RunResult result = run(site, scripts, recording, journal).run(new NullProgressMonitor());
		assertEquals(Outcome.COMPLETED, result.outcome(), result.message() + "\n" + site.log());
		assertEquals(2, site.opened, "the site was called again once");
		String cast = Files.readString(dir.resolve("run.cast"), StandardCharsets.ISO_8859_1);
		assertEquals(1, occurrences(cast, "\"i\", \"sys rd_ahead off\\r\""), "the step in flight is not typed again:\n" + cast);
		assertTrue(cast.contains("its check already holds: skipped, not applied twice"), cast);
		assertEquals(Map.of(), site.differencesFrom(desired, dir.resolve("verify.cast")));
	}

	@Test
	void commitConfirmExpiryRollsTheChangeBackByItself() throws Exception {
		Site desired = desired();
		Confirmer silent = new Confirmer(CommitConfirmation.Answer.PENDING);
		RunResult result = run(site, kit(site, desired), recording, journal).commitConfirmedBy(silent)
				.run(new NullProgressMonitor());
		assertEquals(Outcome.ROLLED_BACK, result.outcome(), result.message());
		assertTrue(result.message().contains("not confirmed within 2 s"), result.message());
		assertEquals("not confirmed within 2 s", silent.ended);
		assertEquals(Map.of(), site.differencesFrom(current, dir.resolve("verify.cast")));
		assertTrue(Files.readString(dir.resolve("run.cast")).contains("automatic rollback: not confirmed"));
	}

	@Test
	void aConfirmedChangeStays() throws Exception {
		Site desired = desired();
		Confirmer yes = new Confirmer(CommitConfirmation.Answer.CONFIRMED);
		RunResult result = run(site, kit(site, desired), recording, journal).commitConfirmedBy(yes)
				.run(new NullProgressMonitor());
		assertEquals(Outcome.CONFIRMED, result.outcome(), result.message());
		assertEquals(Map.of(), site.differencesFrom(desired, dir.resolve("verify.cast")));
	}

	@Test
	void theSessionLostBeforeConfirmationCallsAgainAndRollsBack() throws Exception {
		Site desired = desired();
		Confirmer cutter = new Confirmer(CommitConfirmation.Answer.PENDING) {
			@Override
			public void ask(Instant deadline, String whatChanged) {
				super.ask(deadline, whatChanged);
				try {
					site.cut();
				} catch (java.io.IOException e) {
					throw new IllegalStateException(e);
				}
			}
		};
		RunResult result = run(site, kit(site, desired), recording, journal)
				.commitConfirmedBy(cutter).run(new NullProgressMonitor());
		assertEquals(Outcome.ROLLED_BACK, result.outcome(), result.message());
		assertTrue(result.message().contains("the line was lost before the change was confirmed"), result.message());
		assertEquals(2, site.opened, "the site was called again to roll back");
		assertEquals(Map.of(), site.differencesFrom(current, dir.resolve("verify.cast")));
	}

	@Test
	void aWrongArrayPasswordHaltsWithoutCallingAgain() throws Exception {
		SiteSession session = new SiteSession(site.telnet(), recording);
		RunResult result = new KitRun(kit(site, desired()), session, SimulatedSiteLine.passwords("wrong"), journal,
				SimulatedSiteLine.SETTINGS).run(new NullProgressMonitor());
		assertEquals(Outcome.HALTED, result.outcome());
		assertTrue(result.message().contains("refused the login of user 'root'"), result.message());
		assertEquals(1, site.opened);
		assertEquals(Map.of(), site.differencesFrom(current, dir.resolve("verify.cast")));
	}

	/**
	 * The engineer leaves the backup confirmation open longer than the inactivity limit: the timer drops the line
	 * and says so in the recording; once confirmed, the run calls the site again and goes on.
	 */
	@Test
	void theInactivityTimerDropsAnIdleLineAndTheRunCallsAgain() throws Exception {
		Site desired = desiredWithRebuild();
		SiteSession session = new SiteSession(site.telnet(java.time.Duration.ofSeconds(1)), recording);
		AtomicInteger asked = new AtomicInteger();
		RunResult result = new KitRun(kit(site, desired), session,
				SimulatedSiteLine.passwords(SimulatedSiteLine.ARRAY_PASSWORD), journal, SimulatedSiteLine.SETTINGS)
						.confirmingStepsWith((array, step) -> {
							if (asked.getAndIncrement() == 0) {
								sleep(2_500); // away from the desk: no byte on the line for 2.5 s
							}
							return true;
						}).run(new NullProgressMonitor());
		assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
		assertEquals(2, site.opened, "the line was dropped once and called again");
		String cast = Files.readString(dir.resolve("run.cast"));
		assertTrue(cast.contains("line idle for 1 s: dropped by the inactivity timer"), cast);
		assertEquals(Map.of(), site.differencesFrom(desired, dir.resolve("verify.cast")));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** A resumed run after the journal file says a step was done does not type that step again. */
	@Test
	void aSecondRunOfTheSameKitResumesFromTheJournalFile() throws Exception {
		Site desired = desired();
		Path journalFile = dir.resolve("resumed-journal");
		List<ArrayScript> scripts = kit(site, desired);
		site.simulator.faults("se6120").errorOn("sys recon_rate", "Error: controller busy, try again later");
		try (SessionRecording recording = SessionRecording.start(dir.resolve("first.cast"), "first");
				FileStepJournal journal = FileStepJournal.open(journalFile)) {
			assertEquals(Outcome.HALTED, run(site, scripts, recording, journal).run(new NullProgressMonitor()).outcome());
		}
		try (SessionRecording recording = SessionRecording.start(dir.resolve("second.cast"), "second");
				FileStepJournal journal = FileStepJournal.open(journalFile)) {
			RunResult result = run(site, scripts, recording, journal).run(new NullProgressMonitor());
			assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
		}
		String second = Files.readString(dir.resolve("second.cast"));
		assertFalse(second.contains("sys cache writethrough"), "a step done in the first run is not typed again");
		assertTrue(second.contains("sys recon_rate high"), second);
		assertEquals(Map.of(), site.differencesFrom(desired, dir.resolve("verify.cast")));
	}

	private static int occurrences(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
	}

	static Volume volume(Site site, String unit, String name) {
		return unit(site, unit).getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
	}

	/** The engineer at the commit-confirm prompt, answering as told. */
	static class Confirmer implements CommitConfirmation {
		private final Answer answer;
		final AtomicInteger asked = new AtomicInteger();
		volatile String ended;

		Confirmer(Answer answer) {
			this.answer = answer;
		}

		@Override
		public void ask(Instant deadline, String whatChanged) {
			asked.incrementAndGet();
		}

		@Override
		public Answer answer() {
			return answer;
		}

		@Override
		public void ended(String how) {
			ended = how;
		}
	}
}
