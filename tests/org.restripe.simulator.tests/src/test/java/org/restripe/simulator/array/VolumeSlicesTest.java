package org.restripe.simulator.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.Lun;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.Terminal;
import org.restripe.simulator.line.TcpLine;

/**
 * The demo site's sliced 6120 (v0 cut into lun0 200 GB and lun1 240 GB, v1 wholly lun2, mapped as LUNs 0,
 * 1 and 2) takes volslice and lun map commands over its console and keeps the array's rules.
 */
@Timeout(30)
class VolumeSlicesTest {
	private static final String PASSWORD = "secret";

	private final List<String> log = new ArrayList<>();
	private StorageUnit unit;
	private TcpLine line;
	private Terminal se;

	@BeforeEach
	void startArray() throws Exception {
		unit = DemoSite.create().getSubsystems().get(1).getStorageUnits().get(1);
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
	void listsTheDemoSlicesInBlocksAndTheirLunMap() throws Exception {
		String slices = se.t3("se6120", "volslice list");
		assertTrue(slices.contains("lun0          0             0             390625000     200.000 GB    v0"), slices);
		assertTrue(slices.contains("lun1          1             390625000     468750000     240.000 GB    v0"), slices);
		assertTrue(slices.contains("lun2          2             0             430078125     220.200 GB    v1"), slices);
		String map = se.t3("se6120", "lun map list");
		assertTrue(map.contains("\r\n2             2\r\n"), map);
	}

	@Test
	void aSliceMustFitInTheFreeSpaceOfItsVolume() throws Exception {
		// v0 holds 440.4 GB of which lun0 and lun1 take 440 GB: 400 MB are free
		assertEquals("Error: slice of 976563 blocks does not fit in the 781250 free blocks of volume v0\r\n",
				se.t3("se6120", "volslice create big -z 500MB v0"));
		assertEquals("", se.t3("se6120", "volslice create small -z 400MB v0"));
		Lun small = unit.getLuns().get(3);
		assertEquals(400_000_000L, small.getSize());
		assertEquals("v0", small.getVolume().getName());
		assertTrue(se.t3("se6120", "volslice list").contains("small         3             859375000     781250"));
	}

	@Test
	void aMappedSliceIsNotRemovedAndAnUnmappedOneIs() throws Exception {
		assertEquals("Error: slice lun1 is mapped to LUN 1; remove the mapping first\r\n",
				se.t3("se6120", "volslice remove lun1"));
		assertEquals("", se.t3("se6120", "lun map rm lun 1"));
		assertEquals("Error: LUN 1 is not mapped\r\n", se.t3("se6120", "lun map rm lun 1"));
		assertEquals("", se.t3("se6120", "volslice remove lun1"));
		assertFalse(unit.getLuns().stream().anyMatch(l -> l.getName().equals("lun1")));
		assertEquals(2, unit.getMappings().size());
	}

	@Test
	void aLunNumberAndASliceAreMappedOnceEach() throws Exception {
		assertEquals("Error: LUN 0 is already mapped\r\n", se.t3("se6120", "lun map add lun 0 slice lun1"));
		assertEquals("Error: slice lun1 is already mapped to LUN 1\r\n", se.t3("se6120", "lun map add lun 9 slice lun1"));
		assertEquals("", se.t3("se6120", "lun map rm lun 1"));
		assertEquals("", se.t3("se6120", "lun map add lun 9 slice 1"));
		assertTrue(se.t3("se6120", "lun map list").contains("\r\n9             1\r\n"));
	}

	@Test
	void aVolumeWithSlicesIsNotRemovedAndSlicingStaysOnWhileSlicesExist() throws Exception {
		assertEquals("", se.t3("se6120", "vol unmount v1"));
		assertEquals("Error: volume v1 has slices; remove them first\r\n", se.t3("se6120", "vol remove v1"));
		assertEquals("Error: volume slicing cannot be disabled while slices exist\r\n",
				se.t3("se6120", "sys enable_volslice off"));
		assertEquals("", se.t3("se6120", "lun map rm lun 2"));
		assertEquals("", se.t3("se6120", "volslice remove lun2"));
		assertEquals("", se.t3("se6120", "vol remove v1"));
	}

	@Test
	void slicingOffRefusesSliceCommandsUntilSwitchedOn() throws Exception {
		unit.getMappings().clear();
		unit.getLuns().clear();
		assertEquals("", se.t3("se6120", "sys enable_volslice off"));
		assertTrue(se.t3("se6120", "sys list").contains("enable_volslice    : off"));
		assertEquals("Error: volume slicing is not enabled (sys enable_volslice on)\r\n",
				se.t3("se6120", "volslice create s0 -z 10GB v0"));
		assertEquals("", se.t3("se6120", "sys enable_volslice on"));
		assertEquals("", se.t3("se6120", "volslice create s0 -z 10GB v0"));
		assertTrue(se.t3("se6120", "volslice list").contains("s0            0             0             19531250"));
	}

	@Test
	void badSliceCommandsPrintTheUsage() throws Exception {
		assertTrue(se.t3("se6120", "volslice create s9 v0").startsWith("usage:  volslice create"));
		assertTrue(se.t3("se6120", "lun map add 3 lun0").startsWith("usage:  lun map add"));
		assertEquals("Error: invalid slice size 10TB (e.g. 10000MB or 10GB)\r\n",
				se.t3("se6120", "volslice create s9 -z 10TB v0"));
	}
}
