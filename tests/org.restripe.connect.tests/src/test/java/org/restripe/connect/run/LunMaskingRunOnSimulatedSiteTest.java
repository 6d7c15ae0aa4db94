package org.restripe.connect.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.connect.FileStepJournal;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.RunResult.Outcome;
import org.restripe.model.LunMapping;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.plan.PlanProof;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;

/**
 * A LUN remapped on the simulated site's sliced 6120, mapped to webserver2 with its two HBAs: the kit
 * withdraws the old LUN number's grants, unmaps, maps the new number and grants it to both HBA WWNs with
 * lun perm, never to the array ports' own addresses; discovery reads lun perm list back and the array verifies as designed. A grant withdrawn behind
 * the kit's back is then a difference verification names.
 */
class LunMaskingRunOnSimulatedSiteTest {
	/** webserver2's HBAs in the demo site. */
	private static final String HBA0 = "210000e08b0a1b21";
	private static final String HBA1 = "210000e08b0a1b22";
	/** The world wide names of the 6120's own host ports, which no grant may name. */
	private static final String U1P1 = "50020f230000a1b2";
	private static final String U1P2 = "50020f230000a1b3";

	@TempDir
	Path dir;

	private final Site current = withArrayPortWwns(DemoSite.create());
	private SimulatedSiteLine site;
	private SessionRecording recording;
	private FileStepJournal journal;

	private static Site withArrayPortWwns(Site site) {
		StorageUnit se6120 = unit(site);
		se6120.getPorts().get(0).setAddress(U1P1);
		se6120.getPorts().get(1).setAddress(U1P2);
		return site;
	}

	private static StorageUnit unit(Site site) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals("se6120")).findFirst().orElseThrow();
	}

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

	@Test
	void aRemappedLunIsGrantedToItsHostsWwnsAndVerifies() throws Exception {
		Site desired = EcoreUtil.copy(current);
		LunMapping lun1 = unit(desired).getMappings().stream().filter(m -> m.getLunNumber() == 1).findFirst()
				.orElseThrow();
		lun1.setLunNumber(7);
		assertEquals(Map.of(), site.differencesFrom(current, dir.resolve("before.cast")),
				"the site starts granted as designed");

		Path file = dir.resolve("change.kit");
		Path data = dir.resolve("data");
		Kit.write(file, current, desired, PlanProof.provenPlan(current, desired), site.drivers,
				CenterKey.open(data, creating -> "center secret".toCharArray()));
		List<ArrayScript> scripts = ArrayScript.of(Kit.read(file, TrustedKeys.open(data)), site.drivers);
		RunResult result = new KitRun(scripts, new SiteSession(site.telnet(), recording),
				SimulatedSiteLine.passwords(SimulatedSiteLine.ARRAY_PASSWORD), journal, SimulatedSiteLine.SETTINGS)
						.run(new NullProgressMonitor());
		assertEquals(Outcome.COMPLETED, result.outcome(), result.message() + "\n" + site.log());

		String cast = Files.readString(dir.resolve("run.cast"), StandardCharsets.ISO_8859_1);
		int withdraw = cast.indexOf("lun perm lun 1 none wwn " + HBA0);
		int unmap = cast.indexOf("lun map rm lun 1");
		int map = cast.indexOf("lun map add lun 7 slice lun1");
		int grant = cast.indexOf("lun perm lun 7 rw wwn " + HBA0);
		int grant2 = cast.indexOf("lun perm lun 7 rw wwn " + HBA1);
		assertTrue(withdraw >= 0 && withdraw < unmap && unmap < map && map < grant && grant < grant2, cast);
		assertFalse(cast.contains("wwn " + U1P1) || cast.contains("wwn " + U1P2), "no grant names an array port");
		assertTrue(cast.contains("lun perm list"), "the steps are proved by lun perm list");
		assertEquals(Map.of(), site.differencesFrom(desired, dir.resolve("verify.cast")));

		site.simulator.array("se6120").permissions().permit("7", "none", HBA1);
		assertEquals(Map.of("se6120", List.of("- lun perm 7 wwn " + HBA1 + " rw")),
				site.differencesFrom(desired, dir.resolve("again.cast")));
	}
}
