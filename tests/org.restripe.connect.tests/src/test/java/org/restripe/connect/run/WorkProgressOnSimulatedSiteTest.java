package org.restripe.connect.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.connect.FileStepJournal;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.RunResult.Outcome;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.plan.PlanProof;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;

/**
 * A volume rebuilt on the simulated site's t3b: while its vol init runs, the runner reads proc list as an
 * engineer at the console would and reports the percent through the progress monitor, rising to the end.
 */
class WorkProgressOnSimulatedSiteTest {
	/** Slow enough that t3b's 254.8 GB volume initialises for seconds of real time. */
	private static final double SPEED = 3_000;
	private static final Pattern PERCENT = Pattern.compile("t3b: step \\d+ of \\d+ \\(initialise volume v0 .*\\): "
			+ "vol init v0: (\\d+)% done");

	@TempDir
	Path dir;

	private final Site current = DemoSite.create();
	private SimulatedSiteLine site;
	private SessionRecording recording;
	private FileStepJournal journal;

	@BeforeEach
	void startTheSite() throws Exception {
		site = new SimulatedSiteLine(current, SPEED);
		recording = SessionRecording.start(dir.resolve("run.cast"), "run");
		journal = FileStepJournal.open(dir.resolve("journal"));
	}

	@AfterEach
	void stopTheSite() throws Exception {
		journal.close();
		recording.close();
		site.close();
	}

	@Test
	void theRunnerReportsTheVolInitsPercentFromProcList() throws Exception {
		Site desired = EcoreUtil.copy(current);
		StorageUnit t3b = desired.getSubsystems().get(0).getStorageUnits().stream()
				.filter(u -> u.getName().equals("t3b")).findFirst().orElseThrow();
		t3b.getVolumes().get(0).setStandby(null); // the volume is rebuilt, and initialised again
		Path file = dir.resolve("change.kit");
		Path data = dir.resolve("data");
		Kit.write(file, current, desired, PlanProof.provenPlan(current, desired), site.drivers,
				CenterKey.open(data, creating -> "center secret".toCharArray()));
		List<ArrayScript> scripts = ArrayScript.of(Kit.read(file, TrustedKeys.open(data)), site.drivers);
		List<String> subTasks = new ArrayList<>();
		RunResult result = new KitRun(scripts, new SiteSession(site.telnet(), recording),
				SimulatedSiteLine.passwords(SimulatedSiteLine.ARRAY_PASSWORD), journal, SimulatedSiteLine.SETTINGS)
						.confirmingStepsWith((array, step) -> true).run(new NullProgressMonitor() {
							@Override
							public void subTask(String name) {
								synchronized (subTasks) {
									subTasks.add(name);
								}
							}
						});
		assertEquals(Outcome.COMPLETED, result.outcome(), result.message() + "\n" + site.log());
		List<Integer> percents = new ArrayList<>();
		synchronized (subTasks) {
			for (String task : subTasks) {
				Matcher m = PERCENT.matcher(task);
				if (m.matches()) {
					percents.add(Integer.parseInt(m.group(1)));
				}
			}
		}
		assertTrue(percents.stream().anyMatch(p -> p > 0 && p < 100), "a percent on the way: " + subTasks);
		for (int i = 1; i < percents.size(); i++) {
			assertTrue(percents.get(i) > percents.get(i - 1), "each report says more is done: " + percents);
		}
		String cast = Files.readString(dir.resolve("run.cast"), StandardCharsets.ISO_8859_1);
		assertTrue(cast.contains("proc list"), "the runner read proc list over the console");
		assertEquals(Map.of(), site.differencesFrom(desired, dir.resolve("verify.cast")));
	}
}
