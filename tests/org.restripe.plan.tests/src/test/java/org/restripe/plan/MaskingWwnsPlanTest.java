package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.Step;
import org.restripe.model.Host;
import org.restripe.model.LunMapping;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;

/**
 * The plan hands the driver the WWNs LUN masking grants: those of the mapped host's HBAs, never the address
 * of the array port the mapping goes through; a host without HBA WWNs hands none (the LUN map alone).
 */
class MaskingWwnsPlanTest {

	private static List<Step> mapSteps(Site current, Site desired) throws PlanRefusedException {
		return PlanProof.provenPlan(current, desired).steps().stream().map(PlannedStep::step)
				.filter(s -> s.operation() == Operation.MAP_LUN).toList();
	}

	private static Site remapped(Site current) {
		Site desired = Sites.copy(current);
		LunMapping lun1 = Sites.find(desired, "se6120-lun1-host-web2", LunMapping.class);
		lun1.setLunNumber(7);
		return desired;
	}

	@Test
	void aRemappedSliceIsGrantedToWebserver2sHbasNotToTheArrayPort() throws Exception {
		Site current = Sites.demo();
		StorageUnit se6120 = Sites.find(current, "se6120", StorageUnit.class);
		se6120.getPorts().get(0).setAddress("50020f230000a1b2");
		Sites.find(current, "se6120-lun1-host-web2", LunMapping.class).setPort(se6120.getPorts().get(0));
		List<Step> maps = mapSteps(current, remapped(current));
		assertEquals(1, maps.size(), maps.toString());
		assertEquals("210000e08b0a1b21,210000e08b0a1b22", maps.get(0).value("wwns"));
	}

	@Test
	void aHostWithoutHbaWwnsHandsTheDriverNone() throws Exception {
		Site current = Sites.demo();
		Sites.find(current, "host-web2", Host.class).getHbaWwns().clear();
		List<Step> maps = mapSteps(current, remapped(current));
		assertEquals(1, maps.size(), maps.toString());
		assertEquals("", maps.get(0).value("wwns"));
	}
}
