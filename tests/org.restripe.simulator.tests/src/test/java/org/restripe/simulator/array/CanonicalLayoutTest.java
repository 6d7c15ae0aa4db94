package org.restripe.simulator.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.MultipathMode;
import org.restripe.model.RaidLevel;
import org.restripe.model.ReconRate;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.VolumeState;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.samples.SiteBuilder;
import org.restripe.simulator.SimulatedClock;

/**
 * The simulator prints what the T3 driver was written against: for the two arrays the driver's canonical
 * fixtures describe (tests/org.restripe.drivers.t3.tests/.../t3-output), every screen has the same lines,
 * and every line starts its words at the same columns. Only values the fixtures invent (serial numbers,
 * vendors, temperatures, WWNs) may differ in their letters. The fixtures' provenance headers (leading
 * "# " lines) say which screens a public document shows and which are reconstructed.
 */
class CanonicalLayoutTest {
	private static final Path FIXTURES = Path.of("../org.restripe.drivers.t3.tests/src/test/resources/t3-output");

	@Test
	void t3PlusScreensHaveTheCanonicalLayout() throws IOException {
		StorageArray t3b = new StorageArray(t3PlusLikeTheFixtures(), new SimulatedClock(1));
		assertSameShape("t3b-ver.txt", T3Commands.versionScreen(t3b.unit()));
		assertSameShape("t3b-vol-list.txt", T3Screens.volList(t3b));
		assertSameShape("t3b-vol-stat.txt", T3Screens.volStat(t3b));
		assertSameShape("t3b-sys-list.txt", T3Screens.sysList(t3b.unit()));
		assertSameShape("t3b-fru-list.txt", T3Screens.fruList(t3b));
		assertSameShape("t3b-fru-stat.txt", T3Screens.fruStat(t3b));
		assertSameShape("t3b-port-list.txt", T3Screens.portList(t3b.unit()));
		assertEquals(fixture("t3b-ver.txt"), T3Commands.versionScreen(t3b.unit()), "ver is word for word");
		assertEquals(fixture("t3b-sys-list.txt"), T3Screens.sysList(t3b.unit()), "sys list is word for word");
		assertEquals(fixture("t3b-vol-list.txt"), T3Screens.volList(t3b), "vol list is word for word");
	}

	@Test
	void se6120ScreensHaveTheCanonicalLayout() throws IOException {
		StorageArray se = new StorageArray(se6120LikeTheFixtures(), new SimulatedClock(1));
		assertSameShape("6120-ver.txt", T3Commands.versionScreen(se.unit()));
		assertSameShape("6120-vol-list.txt", T3Screens.volList(se));
		assertSameShape("6120-vol-stat.txt", T3Screens.volStat(se));
		assertSameShape("6120-sys-list.txt", T3Screens.sysList(se.unit()));
		assertSameShape("6120-fru-list.txt", T3Screens.fruList(se));
		assertSameShape("6120-fru-stat.txt", T3Screens.fruStat(se));
		assertSameShape("6120-port-list.txt", T3Screens.portList(se.unit()));
		assertEquals(fixture("6120-ver.txt"), T3Commands.versionScreen(se.unit()), "ver is word for word");
		assertEquals(fixture("6120-sys-list.txt"), T3Screens.sysList(se.unit()), "sys list is word for word");
		assertEquals(fixture("6120-vol-stat.txt"), T3Screens.volStat(se), "vol stat is word for word");
	}

	@Test
	void aPartnerGroupShowsTheFieldServiceManualsFruScreens() throws IOException {
		StorageArray pair = new StorageArray(partnerGroupLikeTheFixtures(), new SimulatedClock(1));
		assertSameShape("t3pair-fru-list.txt", T3Screens.fruList(pair));
		assertSameShape("t3pair-fru-stat.txt", T3Screens.fruStat(pair));
		assertSameShape("t3pair-vol-list.txt", T3Screens.volList(pair));
		assertSameShape("t3pair-vol-stat.txt", T3Screens.volStat(pair));
		assertSameShape("t3pair-port-list.txt", T3Screens.portList(pair.unit()));
		// the controller lines word for word but the temperature, the loop cables as the manual shows them
		assertEquals(withoutTemperature(fixture("t3pair-fru-stat.txt").subList(2, 4)),
				withoutTemperature(T3Screens.fruStat(pair).subList(2, 4)), "master and alt master, each naming its partner");
		assertEquals(cables(fixture("t3pair-fru-stat.txt")), cables(T3Screens.fruStat(pair)), "loop cables installed");
		assertEquals(fixture("t3pair-vol-stat.txt"), T3Screens.volStat(pair), "vol stat is word for word");
	}

	@Test
	void refreshStatusHasTheBatteryNotesLayoutAndProcListShowsVolInit() throws Exception {
		SimulatedClock clock = new SimulatedClock(1);
		// the battery note's moment: 16 minutes 21 seconds into a refresh
		clock.advance(Duration.ofMinutes(16).plusSeconds(21));
		StorageArray pair = new StorageArray(partnerGroupLikeTheFixtures(), clock);
		assertSameShape("t3-refresh-status.txt", T3StatusScreens.refreshStatus(pair));
		SimulatedClock seClock = new SimulatedClock(1);
		StorageArray se = new StorageArray(se6120LikeTheFixtures(), seClock);
		se.initVolume("v1", false);
		// a tenth of the way, as in the fixture
		seClock.advance(Duration.ofSeconds(se.volume("v1").getCapacity() / StorageArray.DEFAULT_REBUILD_BYTES_PER_SECOND / 10 + 1));
		assertSameShape("6120-proc-list.txt", T3StatusScreens.procList(se));
	}

	@Test
	void se6120SlicesAndLunMapAreWordForWord() throws Exception {
		StorageArray se = new StorageArray(se6120LikeTheFixtures(), new SimulatedClock(1));
		VolumeSlices slices = se.slices();
		slices.create("s0", "100GB", "v0");
		slices.create("s1", "200000MB", "v0");
		slices.create("s2", "220200MB", "v1");
		slices.map("0", "s1");
		slices.map("1", "0");
		slices.map("5", "s2");
		assertEquals(fixture("6120-volslice-list.txt"), T3Screens.volsliceList(se), "volslice list is word for word");
		assertEquals(fixture("6120-lun-map-list.txt"), T3Screens.lunMapList(se), "lun map list is word for word");
	}

	private static StorageUnit t3PlusLikeTheFixtures() {
		Site site = SiteBuilder.site("s", "fixtures", "c");
		StorageUnit unit = SiteBuilder.storageUnit(SiteBuilder.subsystem(site, "ss", "ss"),
				DeviceCatalog.standard().get("T3+"), "t3b", "t3b", 1, 36_400_000_000L);
		unit.setFirmware("T3B Release 2.01.00 2002/03/22 18:35:03");
		unit.setAddress("10.1.1.20");
		unit.getCache().setMultipath(MultipathMode.READ_WRITE);
		SiteBuilder.volume(unit, "v0", RaidLevel.RAID5, SiteBuilder.disks(unit, 1, 1, 8), SiteBuilder.disk(unit, 1, 9));
		unit.getPorts().get(0).setHost(SiteBuilder.host(site, "h", "h", "Solaris 9"));
		return unit;
	}

	private static StorageUnit partnerGroupLikeTheFixtures() {
		Site site = SiteBuilder.site("s", "fixtures", "c");
		StorageUnit unit = SiteBuilder.storageUnit(SiteBuilder.subsystem(site, "ss", "ss"),
				DeviceCatalog.standard().get("T3+"), "pg", "pg", 2, 36_400_000_000L);
		unit.setFirmware("T3B Release 2.01.00 2002/03/22 18:35:03");
		unit.setAddress("10.1.1.21");
		unit.getCache().setMultipath(MultipathMode.READ_WRITE);
		SiteBuilder.volume(unit, "v0", RaidLevel.RAID5, SiteBuilder.disks(unit, 1, 1, 9), null);
		SiteBuilder.volume(unit, "v1", RaidLevel.RAID5, SiteBuilder.disks(unit, 2, 1, 9), null);
		unit.getPorts().forEach(p -> p.setHost(SiteBuilder.host(site, "h" + p.getName(), "h", "Solaris 9")));
		return unit;
	}

	private static StorageUnit se6120LikeTheFixtures() {
		Site site = SiteBuilder.site("s", "fixtures", "c");
		StorageUnit unit = SiteBuilder.storageUnit(SiteBuilder.subsystem(site, "ss", "ss"),
				DeviceCatalog.standard().get("6120"), "se", "se", 1, 73_400_000_000L);
		unit.setFirmware("6120 Release 3.1.0");
		unit.setAddress("10.0.0.2");
		unit.setVolumeSlicing(true);
		unit.getCache().setBlockSize(BlockSize.K32);
		unit.getCache().setCacheMode(CacheMode.WRITEBEHIND);
		unit.getCache().setMultipath(MultipathMode.MPXIO);
		unit.getCache().setReadAhead(false);
		unit.getCache().setReconRate(ReconRate.HIGH);
		SiteBuilder.volume(unit, "v0", RaidLevel.RAID5, SiteBuilder.disks(unit, 1, 1, 6), SiteBuilder.disk(unit, 1, 14));
		SiteBuilder.volume(unit, "v1", RaidLevel.RAID1, SiteBuilder.disks(unit, 1, 7, 12), SiteBuilder.disk(unit, 1, 14))
				.setState(VolumeState.UNMOUNTED);
		unit.getPorts().forEach(p -> p.setHost(SiteBuilder.host(site, "h" + p.getName(), "h", "Solaris 9")));
		return unit;
	}

	private static List<String> withoutTemperature(List<String> lines) {
		return lines.stream().map(line -> line.replaceAll("\\s+\\d+\\.\\d$", "")).toList();
	}

	/** Each loop card's name, mode and cable columns. */
	private static List<String> cables(List<String> fruStat) {
		return fruStat.stream().filter(line -> line.matches("u\\dl\\d\\s.*")).map(line -> line.substring(0, 62)).toList();
	}

	/** The fixture's lines after its provenance header. */
	private static List<String> fixture(String name) throws IOException {
		String text = Files.readString(FIXTURES.resolve(name), StandardCharsets.ISO_8859_1);
		List<String> lines = List.of(text.replaceAll("\n$", "").split("\n", -1));
		int start = 0;
		while (start < lines.size() && lines.get(start).startsWith("# ")) {
			start++;
		}
		return lines.subList(start, lines.size());
	}

	/** Same number of lines, and in each line the words start at the same columns. */
	private static void assertSameShape(String name, List<String> simulated) throws IOException {
		List<String> canonical = fixture(name);
		assertEquals(canonical.size(), simulated.size(), name + " line count:\n" + String.join("\n", simulated));
		for (int i = 0; i < canonical.size(); i++) {
			assertEquals(wordStarts(canonical.get(i)), wordStarts(simulated.get(i)),
					name + " line " + (i + 1) + "\nfixture:   " + canonical.get(i) + "\nsimulator: " + simulated.get(i));
		}
	}

	private static List<Integer> wordStarts(String line) {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) != ' ' && (i == 0 || line.charAt(i - 1) == ' ')) {
				starts.add(i);
			}
		}
		return starts;
	}
}
