package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.Operation;
import org.restripe.model.Lun;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.Volume;
import org.restripe.plan.kit.KitException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * plan.json goes through Jackson now. A plan.json the hand-written writer wrote before (resources
 * written-before-jackson/, see its README) still reads, and today's writer writes the same document for it.
 */
class PlanJsonTest {
	private static String oldPlanJson() throws IOException {
		try (InputStream in = PlanJsonTest.class.getResourceAsStream("written-before-jackson/plan.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aPlanWrittenBeforeJacksonStillReadsStepByStep() throws Exception {
		Plan plan = PlanJson.read(oldPlanJson());
		assertEquals(15, plan.steps().size());
		PlannedStep first = plan.steps().get(0);
		assertEquals(Operation.CONFIRM_BACKUP, first.step().operation());
		assertEquals("CONFIRM a verified backup of volume v0, LUN lun0 before it is destroyed", first.summary());
		assertEquals(900, first.estimate().toSeconds());
		PlannedStep unmount = plan.steps().get(2);
		assertEquals("t3a-v0", unmount.step().targetId());
		assertEquals(List.of(2), unmount.prerequisiteNumbers());
		assertEquals("254800000000", unmount.step().before().get("capacity"));
		assertEquals(ChangeClass.DESTROYS_DATA, plan.risk());
	}

	@Test
	void todaysWriterWritesTheSameDocumentAsTheOldOne() throws Exception {
		Site current = Sites.demo();
		// the old document was written before hosts had HBA WWNs, so its mappings carry none
		current.getHosts().forEach(h -> h.getHbaWwns().clear());
		Site desired = Sites.copy(current);
		Sites.changeRaidLevel(Sites.find(desired, "t3a-v0", Volume.class), RaidLevel.RAID1);
		Sites.find(desired, "se6120-lun1", Lun.class).setSize(100_000_000_000L);
		String written = PlanJson.write(PlanProof.provenPlan(current, desired));
		ObjectMapper json = new ObjectMapper();
		assertEquals(json.readTree(oldPlanJson()), json.readTree(written));
		assertEquals(written, PlanJson.write(PlanJson.read(written)), "a plan read back writes as it was read");
	}

	@Test
	void aDamagedPlanIsRefusedNamingTheStepAndTheMember() throws Exception {
		String old = oldPlanJson();
		assertEquals("plan.json is corrupt: step 1 has no whole number 'seconds'",
				refusal(old.replaceFirst("\"seconds\": 900", "\"seconds\": \"900\"")));
		assertEquals("plan.json is corrupt: step 3 requires 7, which is not a step before it",
				refusal(old.replaceFirst("\"requires\": \\[2\\]", "\"requires\": [7]")));
		assertEquals("plan.json is corrupt: step 1 has the unknown operation 'FORMAT_DISKS'",
				refusal(old.replaceFirst("CONFIRM_BACKUP", "FORMAT_DISKS")));
		String cut = refusal(old.substring(0, old.length() / 2));
		assertEquals(true, cut.startsWith("plan.json is corrupt at line "), cut);
		assertEquals("plan.json is not a restripe-plan 1 document", refusal("[1, 2.5, null]"));
	}

	private static String refusal(String json) {
		return assertThrows(KitException.class, () -> PlanJson.read(json)).getMessage();
	}
}
