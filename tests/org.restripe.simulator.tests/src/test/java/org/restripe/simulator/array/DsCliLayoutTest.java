package org.restripe.simulator.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.MainframeSite;
import org.restripe.simulator.SimulatedClock;

/**
 * The simulated DS8000 prints what the DS8000 driver was written against: for the sample site's ds8a, its
 * lists equal the driver's fixtures (tests/org.restripe.drivers.ds8000.tests/.../ds8000-output) line for
 * line after the Date/Time banner. The fixtures' headers say which rows public captures show and which are
 * reconstructed; where a fixture holds what the model cannot (an alias volume) or invents a value (the
 * WWPN of a free port), the comparison names what it leaves out.
 */
class DsCliLayoutTest {
	private static final Path FIXTURES = Path.of("../org.restripe.drivers.ds8000.tests/src/test/resources/ds8000-output");

	@Test
	void theListsOfDs8aAreTheFixturesWordForWord() throws Exception {
		DsCliLists lists = new DsCliLists(ds8a());
		assertEquals(fixture("ds8a-ver-l.txt"), lists.version());
		assertEquals(fixture("ds8a-lsddm.txt"), lists.ddms(false));
		assertEquals(fixture("ds8a-lsarray.txt"), lists.arrays(false));
		assertEquals(fixture("ds8a-lsrank.txt"), lists.ranks(false));
		assertEquals(fixture("ds8a-lsextpool.txt"), lists.pools(false));
		assertEquals(fixture("ds8a-lslcu.txt"), lists.lcus(false));
	}

	@Test
	void lsckdvolIsTheFixtureWithoutItsAliasVolume() throws Exception {
		DsCliLists lists = new DsCliLists(ds8a());
		List<String> delimited = fixture("ds8a-lsckdvol-delim.txt").stream().filter(l -> !l.contains("CKD Alias")).toList();
		assertEquals(delimited, lists.ckdVolumes(true, List.of()), "the model has no PAV aliases");
		assertEquals(words(fixture("ds8a-lsckdvol.txt").stream().filter(l -> !l.contains("CKD Alias")).toList()),
				words(lists.ckdVolumes(false, List.of())));
	}

	@Test
	void lsioportIsTheFixtureSaveTheWwpnsOfFreePorts() throws Exception {
		List<String> simulated = new DsCliLists(ds8a()).ioPorts(false);
		List<String> fixture = fixture("ds8a-lsioport.txt");
		assertEquals(fixture.subList(0, 4), simulated.subList(0, 4), "header, rule and the site's two FICON ports");
		assertEquals(withoutWwpn(fixture.subList(4, 6)), withoutWwpn(simulated.subList(4, 6)));
	}

	private static StorageArray ds8a() throws Exception {
		StorageUnit unit = MainframeSite.loadShipped().getSubsystems().get(0).getStorageUnits().get(0);
		return new StorageArray(unit, new SimulatedClock(1));
	}

	/** The fixture's lines after its provenance header and the Date/Time banner. */
	private static List<String> fixture(String name) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(FIXTURES.resolve(name)));
		lines.removeIf(l -> l.startsWith("# ") || l.startsWith("Date/Time: "));
		return lines;
	}

	private static List<String> words(List<String> lines) {
		return lines.stream().map(l -> l.matches("=+") ? "=" : l.replaceAll(" +", " ")).toList();
	}

	private static List<String> withoutWwpn(List<String> rows) {
		return rows.stream().map(l -> l.replaceFirst("^(I\\d{4}) +\\S+", "$1 WWPN")).toList();
	}
}
