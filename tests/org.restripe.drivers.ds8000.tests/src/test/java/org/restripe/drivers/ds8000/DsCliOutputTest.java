package org.restripe.drivers.ds8000;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.DiscoveryException;

/** DS CLI tables as an engineer reads them: by column, in either format, banner and messages understood. */
class DsCliOutputTest {
	private static final List<String> IOPORT = List.of("ID", "WWPN", "State", "Type", "topo", "portgrp");
	private static final List<String> CKDVOL = List.of("Name", "ID", "accstate", "datastate", "configstate", "deviceMTM",
			"voltype", "orgbvols", "extpool", "cap (cyl)");

	@Test
	void valuesWithBlanksStayWholeUnderTheirHeader() throws DiscoveryException {
		List<Map<String, String>> rows = DsCliOutput.rows("lsioport", Fixtures.text("capture-lsioport.txt"), IOPORT);
		assertEquals(4, rows.size());
		assertEquals("Communication established", rows.get(0).get("State"));
		assertEquals("Fibre Channel-SW", rows.get(0).get("Type"));
		assertEquals("SCSI-FCP", rows.get(3).get("topo"));
		assertEquals("500507630800D1XD", rows.get(3).get("WWPN"));
	}

	@Test
	void headerNamesWithBlanksAreOneColumn() throws DiscoveryException {
		List<Map<String, String>> rows = DsCliOutput.rows("lsddm", Fixtures.text("capture-lsddm.txt"),
				List.of("ID", "DA Pair", "dkcap (10^9B)", "dkuse", "arsite", "State"));
		assertEquals("800.0", rows.get(4).get("dkcap (10^9B)"));
		assertEquals("spare required", rows.get(4).get("dkuse"));
		assertEquals("S3", rows.get(4).get("arsite"));
	}

	@Test
	void theDelimitedFormatReadsAsTheDefaultOne() throws DiscoveryException {
		List<Map<String, String>> aligned = DsCliOutput.rows("lsckdvol", Fixtures.text("ds8a-lsckdvol.txt"), CKDVOL);
		List<Map<String, String>> delimited = DsCliOutput.rows("lsckdvol -fmt delim",
				Fixtures.text("ds8a-lsckdvol-delim.txt"), CKDVOL);
		assertEquals(3, aligned.size());
		assertEquals(aligned, delimited);
		assertEquals("CKD Alias", delimited.get(2).get("voltype"));
		assertEquals("3339", delimited.get(0).get("cap (cyl)"));
	}

	@Test
	void nothingFoundIsAnEmptyList() throws DiscoveryException {
		assertEquals(List.of(), DsCliOutput.rows("lsckdvol", Fixtures.text("empty-lsckdvol.txt"), CKDVOL));
	}

	@Test
	void anErrorMessageFailsDiscoveryWithThatMessage() {
		DiscoveryException e = assertThrows(DiscoveryException.class,
				() -> DsCliOutput.rows("lsckdvol", Fixtures.text("error-lsckdvol.txt"), CKDVOL));
		assertTrue(e.getMessage().contains("CMUN00018E lsckdvol: The storage image is not accessible."), e.getMessage());
	}

	@Test
	void theSessionsFirstBannerWrappedAfterDsIsSkipped() throws DiscoveryException {
		List<Map<String, String>> rows = DsCliOutput.rows("lsextpool", Fixtures.text("session-start-lsextpool.txt"),
				List.of("Name", "ID", "stgtype"));
		assertEquals(1, rows.size());
		assertEquals("P0", rows.get(0).get("ID"));
	}

	@Test
	void aMissingColumnIsNamed() {
		DiscoveryException e = assertThrows(DiscoveryException.class,
				() -> DsCliOutput.rows("lsioport", Fixtures.text("capture-lsioport.txt"), List.of("ID", "speed")));
		assertTrue(e.getMessage().contains("no column 'speed'"), e.getMessage());
	}

	@Test
	void aDelimitedRowOfTheWrongWidthIsNamed() {
		DiscoveryException e = assertThrows(DiscoveryException.class,
				() -> DsCliOutput.rows("lsioport", "ID|WWPN\n=======\nI0030|5005|extra\n", List.of("ID")));
		assertTrue(e.getMessage().contains("I0030|5005|extra"), e.getMessage());
	}
}
