package org.restripe.simulator.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;
import org.snmp4j.agent.mo.DefaultMOTable;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;

/**
 * What the agent's tables show as simulated time passes and the arrays change: counters that only go up and
 * wrap as their type says, sysUpTime on the same clock, indexes that stay, load from the state directory's
 * load.properties. Time is advanced, not waited for.
 */
class ArrayTablesTest {
	private static final int REQUESTS = 8;
	private static final int BLOCKS_WRITTEN = 10;
	private static final int PORT_REQUESTS = 6;
	private static final int HR_SIZE = 5;
	private static final int HR_USED = 6;

	@TempDir
	Path stateDir;

	/** Simulated time moves only when the test advances it (real time counts a billionth). */
	private final SimulatedClock clock = new SimulatedClock(1e-9);
	private final List<StorageArray> arrays = new ArrayList<>();

	private ArrayTables tables(String... profile) throws IOException {
		Files.write(stateDir.resolve(LoadProfile.FILE), List.of(profile));
		for (StorageUnit unit : DemoSite.create().getSubsystems().get(0).getStorageUnits()) {
			arrays.add(new StorageArray(unit, clock));
		}
		return new ArrayTables(arrays, LoadProfile.load(stateDir, ArrayLoad.typical()));
	}

	@Test
	void anUnmountStopsTheCountersWithoutResettingThemAndSysUpTimeKeepsTheSameClock() throws Exception {
		ArrayTables tables = tables("volume.t3a.v0.requestsPerSecond=100");
		long start = volume(tables, REQUESTS, 1);
		step(tables, 100);
		long mounted = volume(tables, REQUESTS, 1);
		assertEquals(10_000, mounted - start, "100 s at 100 requests/s");
		arrays.get(0).unmountVolume("v0");
		step(tables, 100);
		assertEquals(mounted, volume(tables, REQUESTS, 1), "an unmounted volume's counters stand still");
		arrays.get(0).mountVolume("v0");
		step(tables, 100);
		assertEquals(mounted + 10_000, volume(tables, REQUESTS, 1), "and go on from there when mounted again");
		long upTime = tables.upTime().getValue();
		assertTrue(upTime >= 30_000 && upTime < 30_000 + 500, "sysUpTime is the tables' simulated instant: " + upTime);
	}

	@Test
	void sysUpTimeCountsFromTheAgentsStartAsItsCountersDo() throws Exception {
		clock.advance(Duration.ofHours(5)); // the site ran five hours before its agent started
		ArrayTables tables = tables("volume.t3a.v0.requestsPerSecond=100");
		assertTrue(tables.upTime().getValue() < 100, "sysUpTime " + tables.upTime());
		step(tables, 10);
		long upTime = tables.upTime().getValue();
		assertTrue(upTime >= 1000 && upTime < 1100, "10 s after the start: " + upTime);
		assertEquals(1000, volume(tables, REQUESTS, 1), "10 s at 100 requests/s");
	}

	@Test
	void counter64AndCounter32WrapWhereTheirTypesDo() throws Exception {
		ArrayTables tables = tables("volume.t3a.v0.requestsPerSecond=100", "volume.t3a.v0.counterStart=18446744073709550616",
				"port.t3a.u1p1.counterStart=4294967000");
		long before = volume(tables, REQUESTS, 1);
		step(tables, 100);
		assertEquals(-1000L, before, "2^64 - 1000, read unsigned");
		assertEquals(9_000, volume(tables, REQUESTS, 1), "10,000 requests later the Counter64 has wrapped");
		assertEquals((4_294_967_000L + 10_000) % (1L << 32), port(tables, PORT_REQUESTS, 1),
				"the port's Counter32 wraps at 2^32");
	}

	@Test
	void rowsKeepTheirIndexWhenAnotherVolumeIsRemoved() throws Exception {
		ArrayTables tables = tables();
		assertEquals("t3c:v0", storage(tables, 3, 3).toString());
		arrays.get(1).unmountVolume("v0");
		arrays.get(1).removeVolume("v0");
		step(tables, 1);
		assertNull(storageCell(tables, 3, 2), "t3b's v0 is gone");
		assertEquals("t3c:v0", storage(tables, 3, 3).toString(), "t3c's v0 keeps index 3");
	}

	@Test
	void aProfileMakesOneVolumeFillAndItsPortRunHot() throws Exception {
		ArrayTables tables = tables("volume.t3a.v0.requestsPerSecond=4000", "volume.t3a.v0.usedPercent=90",
				"volume.t3a.v0.growthBytesPerHour=2e10");
		long size = integer(storage(tables, HR_SIZE, 1));
		long written = volume(tables, BLOCKS_WRITTEN, 1);
		step(tables, 24 * 3600);
		assertEquals(size, integer(storage(tables, HR_USED, 1)), "a day at 20 GB/h fills t3a's v0");
		long grownBlocks = (long) (size * 65_536 * 0.1 / 512);
		assertTrue(volume(tables, BLOCKS_WRITTEN, 1) - written >= grownBlocks, "what filled it was written");
		long hot = port(tables, PORT_REQUESTS, 1);
		long all = hot + port(tables, PORT_REQUESTS, 2) + port(tables, PORT_REQUESTS, 3);
		assertTrue(hot > 0.8 * all, "t3a's u1p1 carries most of the subsystem's I/O: " + hot + " of " + all);
		long sizeT3b = integer(storage(tables, HR_SIZE, 2));
		assertTrue(integer(storage(tables, HR_USED, 2)) < sizeT3b, "t3b's v0 is not full");
	}

	@Test
	void portSharesSplitWhatTheProfileLeavesEqually() throws Exception {
		Files.write(stateDir.resolve(LoadProfile.FILE), List.of("port.a.p1.share=0.6"));
		LoadProfile profile = LoadProfile.load(stateDir, ArrayLoad.typical());
		assertEquals(0.6, profile.portShare("a", "p1", List.of("p1", "p2", "p3")), 1e-9);
		assertEquals(0.2, profile.portShare("a", "p2", List.of("p1", "p2", "p3")), 1e-9);
	}

	@Test
	void aBadNumberInTheProfileIsAnErrorNamingTheEntry() throws Exception {
		Files.write(stateDir.resolve(LoadProfile.FILE), List.of("readShare=lots"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> LoadProfile.load(stateDir, ArrayLoad.typical()));
		assertEquals("load.properties: readShare=lots is not a number >= 0", e.getMessage());
	}

	private void step(ArrayTables tables, long seconds) {
		clock.advance(Duration.ofSeconds(seconds));
		tables.refresh();
	}

	private static long volume(ArrayTables tables, int column, int index) {
		return ((org.snmp4j.smi.Counter64) cell(tables, 1, ArrayTables.VOLUME_ENTRY, column, index)).getValue();
	}

	private static long port(ArrayTables tables, int column, int index) {
		return ((UnsignedInteger32) cell(tables, 3, ArrayTables.PORT_ENTRY, column, index)).getValue();
	}

	private static long integer(Variable v) {
		return ((org.snmp4j.smi.Integer32) v).getValue();
	}

	private static Variable storage(ArrayTables tables, int column, int index) {
		Variable v = storageCell(tables, column, index);
		assertTrue(v != null, "no hrStorage row " + index);
		return v;
	}

	private static Variable storageCell(ArrayTables tables, int column, int index) {
		return cell(tables, 0, ArrayTables.HR_STORAGE_ENTRY, column, index);
	}

	private static Variable cell(ArrayTables tables, int table, OID entry, int column, int index) {
		DefaultMOTable<?, ?, ?> t = tables.all().get(table);
		return t.getValue(new OID(entry).append(column).append(index));
	}
}
