package org.restripe.simulator.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
 * What an engineer watches while the array works, over a real loopback socket: {@code proc list} shows a
 * running vol init and its percent, {@code refresh -s} the battery refresh; {@code vol init NAME fast} ends
 * far sooner than {@code data}; wrong logins are slowed and a session gets only a few. Screens whose layout
 * no public source shows (proc list) are the simulator's own, as their fixtures say.
 */
@Timeout(60)
class WorkInProgressTest {
	private static final String PASSWORD = "secret";

	private final List<String> log = new CopyOnWriteArrayList<>();
	private SimulatedClock clock;
	private StorageArray array;
	private ExclusiveLine serial;
	private TcpLine line;
	private Terminal t3;

	@BeforeEach
	void startSe6120() throws Exception {
		StorageUnit unit = DemoSite.create().getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals("se6120")).findFirst().orElseThrow();
		clock = new SimulatedClock(1.0);
		array = new StorageArray(unit, clock);
		serial = new T3Console(array, new ArrayFaults(), PASSWORD, Duration.ofMillis(300)).serialLine(log::add);
		line = new TcpLine("se6120", 0, serial, log::add);
		t3 = Terminal.connect(line.port());
	}

	@AfterEach
	void stop() throws Exception {
		t3.close();
		line.close();
		serial.close();
	}

	@Test
	void procListShowsTheRunningVolInitAndItsProgress() throws Exception {
		t3.login("se6120", PASSWORD);
		assertEquals("", t3.t3("se6120", "vol unmount v0"));
		t3.line("vol init v0 data");
		t3.expect("Continue ? [N]: ");
		t3.line("y");
		t3.expect("se6120:/:<");
		clock.advance(Duration.ofSeconds(array.volume("v0").getCapacity() / StorageArray.DEFAULT_REBUILD_BYTES_PER_SECOND / 4));
		String proc = t3.t3("se6120", "proc list");
		String[] lines = proc.split("\r\n");
		assertEquals(2, lines.length, proc);
		assertTrue(lines[0].startsWith("VOLUME "), proc);
		assertTrue(lines[1].matches("v0\\s+\\d+\\s+(2[5-9]|[3-9]\\d)%\\s+\\d+:\\d\\d:\\d\\d vol init"), proc);
		String stat = t3.t3("se6120", "vol stat v0");
		assertTrue(stat.contains("\r\nuninitialized  "), stat);
		clock.advance(Duration.ofDays(1));
		assertEquals(1, t3.t3("se6120", "proc list").split("\r\n").length, "nothing runs once the init is done");
		assertEquals(VolumeState.UNMOUNTED, array.volume("v0").getState());
	}

	@Test
	void aFastVolInitEndsLongBeforeADataVolInit() throws Exception {
		array.unmountVolume("v0");
		array.unmountVolume("v1");
		array.initVolume("v0", true);
		array.initVolume("v1", false);
		long v1Seconds = array.volume("v1").getCapacity() / StorageArray.DEFAULT_REBUILD_BYTES_PER_SECOND;
		clock.advance(Duration.ofSeconds(v1Seconds / 10));
		assertEquals(VolumeOperation.NONE, array.volume("v0").getOperation(), "fast is done at a tenth of data's time");
		assertEquals(VolumeState.UNMOUNTED, array.volume("v0").getState());
		assertEquals(VolumeOperation.INITIALIZING, array.volume("v1").getOperation());
	}

	@Test
	void volInitFastIsTypedAndAsksLikeData() throws Exception {
		t3.login("se6120", PASSWORD);
		t3.t3("se6120", "vol unmount v1");
		t3.line("vol init v1 fast");
		t3.expect("Continue ? [N]: ");
		t3.line("y");
		t3.expect("se6120:/:<");
		assertEquals(VolumeOperation.INITIALIZING, array.volume("v1").getOperation());
	}

	@Test
	void refreshStatusShowsEachTraysBatteries() throws Exception {
		t3.login("se6120", PASSWORD);
		clock.advance(Duration.ofMinutes(16).plusSeconds(21));
		String status = t3.t3("se6120", "refresh -s");
		String[] lines = status.split("\r\n");
		assertEquals("U1                      Recharging                      Pending", lines[2], status);
		assertTrue(lines[3].startsWith("Current Time            Mon Dec 15 08:16:2"), status);
		assertEquals("Total time elapsed :    0 hours, 16 minutes, 2", lines[6].substring(0, 46), status);
	}

	@Test
	void wrongLoginsAreSlowedAndASessionGetsThree() throws Exception {
		long started = System.nanoTime();
		for (int attempt = 1; attempt <= T3Console.LOGIN_ATTEMPTS; attempt++) {
			t3.expect("se6120 console login: ");
			t3.line("root");
			t3.expect("Password: ");
			t3.line("guess" + attempt);
			t3.expect("Login incorrect");
		}
		assertTrue(System.nanoTime() - started >= Duration.ofMillis(3 * 300).toNanos(), "each refusal waited");
		t3.expectEnd(Terminal.PATIENCE);
	}
}
