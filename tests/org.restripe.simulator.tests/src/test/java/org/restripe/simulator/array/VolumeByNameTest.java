package org.restripe.simulator.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.StorageUnit;
import org.restripe.model.VolumeOperation;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.Terminal;
import org.restripe.simulator.line.ExclusiveLine;
import org.restripe.simulator.line.TcpLine;

/**
 * {@code vol list NAME} and {@code vol stat NAME} show that volume only, an unknown name is an error, and
 * {@code vol init} on a mounted volume is refused before it asks to continue. The error wording is the
 * simulator's own (reconstructed and unverified against a real array); what is checked is which volume is
 * shown and that no question is asked.
 */
@Timeout(30)
class VolumeByNameTest {
	private static final String PASSWORD = "secret";

	private final List<String> log = new CopyOnWriteArrayList<>();
	private StorageArray array;
	private ExclusiveLine serial;
	private TcpLine line;
	private Terminal t3;

	@BeforeEach
	void startSe6120() throws Exception {
		// the demo's 6120 has two volumes, v0 and v1
		StorageUnit unit = DemoSite.create().getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals("se6120")).findFirst().orElseThrow();
		array = new StorageArray(unit, new SimulatedClock(1.0));
		serial = new T3Console(array, new ArrayFaults(), PASSWORD).serialLine(log::add);
		line = new TcpLine("se6120", 0, serial, log::add);
		t3 = Terminal.connect(line.port());
		t3.login("se6120", PASSWORD);
	}

	@AfterEach
	void stop() throws Exception {
		t3.close();
		line.close();
		serial.close();
	}

	@Test
	void volListAndVolStatOfANameShowThatVolumeOnly() throws Exception {
		String all = t3.t3("se6120", "vol list");
		assertTrue(all.contains("\r\nv0 ") && all.contains("\r\nv1 "), all);
		String v1 = t3.t3("se6120", "vol list v1");
		assertEquals(2, v1.split("\r\n").length, v1);
		assertTrue(v1.startsWith("volume ") && v1.contains("\r\nv1 ") && !v1.contains("\r\nv0 "), v1);
		String stat = t3.t3("se6120", "vol stat v0");
		assertTrue(stat.contains("v0 ") && !stat.contains("v1 "), stat);
		assertEquals(String.join("\r\n", T3Screens.volStat(array, List.of(array.volume("v0")))) + "\r\n", stat);
	}

	@Test
	void anUnknownVolumeNameIsAnError() throws Exception {
		assertEquals("Error: volume v7 does not exist\r\n", t3.t3("se6120", "vol list v7"));
		assertEquals("Error: volume v7 does not exist\r\n", t3.t3("se6120", "vol stat v7"));
	}

	@Test
	void volInitOnAMountedVolumeIsRefusedBeforeTheQuestion() throws Exception {
		String said = t3.t3("se6120", "vol init v0 data");
		assertEquals("Error: volume v0 is mounted\r\n", said);
		assertFalse(said.contains("Continue"), said);
		assertEquals(VolumeState.MOUNTED, array.volume("v0").getState());
		assertEquals(VolumeOperation.NONE, array.volume("v0").getOperation());
	}
}
