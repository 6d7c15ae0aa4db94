package org.restripe.simulator.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.Terminal;
import org.restripe.simulator.line.TcpLine;

/**
 * LUN masking on the demo site's sliced 6120: {@code lun perm} grants a mapped LUN to a WWN over the console,
 * {@code lun perm list} prints the driver's canonical layout word for word, and the grants go with the
 * mapping. The array starts with the grants its design gives: each mapped LUN read-write for the WWNs of
 * its host's HBAs (webserver2's two), never for the array's own port addresses.
 */
@Timeout(30)
class LunPermissionsTest {
	private static final String PASSWORD = "secret";
	private static final String WWN = "210000e08b0a1b2c";
	private static final String OTHER = "210000e08b0a1b2d";
	/** webserver2's HBAs in the demo site. */
	private static final String HBA0 = "210000e08b0a1b21";
	private static final String HBA1 = "210000e08b0a1b22";
	/** What the array's own host port u1p1 would report as its world wide name. */
	private static final String ARRAY_PORT = "50020f230000a1b2";
	private static final String ROW = "    --            --            ";

	private final List<String> log = new ArrayList<>();
	private StorageUnit unit;
	private TcpLine line;
	private Terminal se;

	@BeforeEach
	void startArray() throws Exception {
		unit = DemoSite.create().getSubsystems().get(1).getStorageUnits().get(1);
		unit.getPorts().get(0).setAddress("50:02:0f:23:00:00:a1:b2");
		unit.getMappings().get(2).setPort(unit.getPorts().get(0));
		StorageArray array = new StorageArray(unit, new SimulatedClock(1.0));
		line = new TcpLine("se6120", 0, new T3Console(array, new ArrayFaults(), PASSWORD)::serve, log::add);
		se = Terminal.connect(line.port());
		se.login("se6120", PASSWORD);
	}

	@AfterEach
	void stop() throws Exception {
		se.close();
		line.close();
	}

	@Test
	void theDesignsGrantsToTheHostsHbasAreThereFromTheStartAndMoreAreTypedAtTheConsole() throws Exception {
		String before = se.t3("se6120", "lun perm list");
		for (int lun = 0; lun <= 2; lun++) {
			for (String hba : List.of(HBA0, HBA1)) {
				assertTrue(before.contains("\r\n" + lun + "       " + lun + "       " + hba + ROW + "rw          rw\r\n"),
						"LUN " + lun + " for " + hba + ": " + before);
			}
		}
		assertEquals("", se.t3("se6120", "lun perm lun 0 ro wwn " + OTHER));
		assertEquals("", se.t3("se6120", "lun perm lun 2 none wwn " + HBA1));
		String after = se.t3("se6120", "lun perm list");
		assertTrue(after.contains("\r\n0       0       " + OTHER + ROW + "ro          ro\r\n"), after);
		assertTrue(after.contains("\r\n2       2       " + HBA1 + ROW + "none        none\r\n"), after);
	}

	@Test
	void theArrayPortsOwnAddressIsNotGranted() throws Exception {
		String listed = se.t3("se6120", "lun perm list");
		assertTrue(listed.contains(HBA0), listed);
		assertFalse(listed.contains(ARRAY_PORT), "lun2 goes through u1p1, whose address is the array's: " + listed);
	}

	@Test
	void badGrantsAreRefusedAsTheArrayWould() throws Exception {
		assertEquals("Error: LUN 9 is not mapped\r\n", se.t3("se6120", "lun perm lun 9 rw wwn " + WWN));
		assertEquals("Error: invalid WWN host7 (16 hexadecimal digits)\r\n", se.t3("se6120", "lun perm lun 0 rw wwn host7"));
		assertEquals("Error: invalid permission all, expected one of rw ro none\r\n",
				se.t3("se6120", "lun perm lun 0 all wwn " + WWN));
		assertTrue(se.t3("se6120", "lun perm lun 0").contains("lun perm list"), "a short command prints the usage");
	}

	@Test
	void theGrantsGoWithTheMapping() throws Exception {
		assertEquals("", se.t3("se6120", "lun map rm lun 2"));
		String after = se.t3("se6120", "lun perm list");
		assertTrue(!after.contains("\r\n2 ") && after.contains("\r\n1       1       " + HBA0), after);
		assertEquals("", se.t3("se6120", "lun map add lun 2 slice lun2"));
		String again = se.t3("se6120", "lun perm list");
		assertTrue(again.contains("\r\n2       2       default ") && !again.contains("\r\n2       2       " + HBA0), "back at its default only: " + again);
	}

	@Test
	void lunPermListIsWordForWordTheDriversCanonicalScreen() throws Exception {
		StorageUnit bare = DemoSite.create().getSubsystems().get(1).getStorageUnits().get(1);
		bare.getMappings().get(0).getHost().getHbaWwns().clear(); // only the grants typed below
		StorageArray se6120 = new StorageArray(bare, new SimulatedClock(1.0));
		// the fixture's map: LUN 0 = slice 1, LUN 1 = slice 0, LUN 5 = slice 2
		se6120.unit().getMappings().clear();
		se6120.slices().map("0", "1");
		se6120.slices().map("1", "0");
		se6120.slices().map("5", "2");
		LunPermissions masking = se6120.permissions();
		masking.permit("0", "rw", WWN);
		masking.permit("5", "none", WWN);
		masking.permit("5", "ro", OTHER);
		assertEquals(fixture("6120-lun-perm-list.txt"), masking.screen());
	}

	private static List<String> fixture(String name) throws java.io.IOException {
		Path file = Path.of("../org.restripe.drivers.t3.tests/src/test/resources/t3-output").resolve(name);
		List<String> lines = new ArrayList<>(List.of(Files.readString(file, StandardCharsets.ISO_8859_1)
				.replaceAll("\n$", "").split("\n", -1)));
		while (lines.get(0).startsWith("# ")) {
			lines.remove(0);
		}
		return lines;
	}
}
