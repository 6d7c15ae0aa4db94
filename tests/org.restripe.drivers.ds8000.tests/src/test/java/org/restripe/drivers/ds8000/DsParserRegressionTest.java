package org.restripe.drivers.ds8000;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.DiscoveryException;

/** Outputs that once made a DS CLI parser throw something other than a clear DiscoveryException. */
class DsParserRegressionTest {
	private final DsCliDriver driver = new DsCliDriver();

	@Test
	void anArraySiteNumberTooLongForAnIntIsNamed() {
		Map<String, String> outputs = Fixtures.ds8a();
		outputs.put("lsddm", "ID|DA Pair|dkcap (10^9B)|dkuse|arsite|State\n=====\n"
				+ "IBM.2107-D02-DS8A1/R1-P1-D1|0|300.0|array member|S99999999999|Normal\n");
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("ds8a", outputs));
		assertTrue(e.getMessage().contains("array site 'S99999999999'"), e.getMessage());
	}

	@Test
	void aDdmInNoArraySiteIsNoDiskOfTheConfiguration() throws DiscoveryException {
		Map<String, String> outputs = Fixtures.ds8a();
		outputs.put("lsddm", Fixtures.text("ds8a-lsddm.txt").replaceFirst("array member   S1 ", "unassigned     -  "));
		org.junit.jupiter.api.Assertions.assertEquals(7, driver.discover("ds8a", outputs).getTrays().get(0).getDisks().size());
	}
}
