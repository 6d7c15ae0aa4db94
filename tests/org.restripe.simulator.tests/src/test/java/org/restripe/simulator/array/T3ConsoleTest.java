package org.restripe.simulator.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.BlockSize;
import org.restripe.model.DiskRole;
import org.restripe.model.RaidLevel;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeOperation;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.Terminal;
import org.restripe.simulator.line.ExclusiveLine;
import org.restripe.simulator.line.TcpLine;

/** The T3 command line over a real loopback socket changes the array's model as the real array would. */
@Timeout(30)
class T3ConsoleTest {
	private static final String PASSWORD = "secret";

	private final List<String> log = new CopyOnWriteArrayList<>();
	private StorageUnit unit;
	private StorageArray array;
	private ArrayFaults faults;
	private ExclusiveLine serial;
	private TcpLine line;
	private Terminal t3;

	@BeforeEach
	void startArray() throws Exception {
		unit = DemoSite.create().getSubsystems().get(0).getStorageUnits().get(0);
		array = new StorageArray(unit, new SimulatedClock(1.0));
		faults = new ArrayFaults();
		serial = new T3Console(array, faults, PASSWORD).serialLine(log::add);
		line = new TcpLine("t3a", 0, serial, log::add);
		t3 = Terminal.connect(line.port());
	}

	@AfterEach
	void stop() throws Exception {
		faults.releaseHangs();
		t3.close();
		line.close();
		serial.close();
	}

	@Test
	void loginPrintsTheReleaseAndThePromptCountsCommands() throws Exception {
		t3.expect("t3a console login: ");
		t3.line("root");
		t3.expect("Password: ");
		t3.line("wrong");
		t3.expect("Login incorrect");
		String banner = t3.login("t3a", PASSWORD);
		assertTrue(banner.contains("T3B Release 2.01.00 2002/03/22 18:35:03 (10.1.9.11)"), banner);
		assertTrue(banner.contains("All Rights Reserved."), banner);
		assertEquals("\r\nT3B Release 2.01.00 2002/03/22 18:35:03 (10.1.9.11)\r\nCopyright (C) 1997-2001 Sun Microsystems, Inc.\r\n"
				+ "All Rights Reserved.\r\n", t3.t3("t3a", "ver"));
		t3.line("");
		t3.expect("t3a:/:<2>");
		t3.line("ver");
		t3.expect("t3a:/:<3>");
	}

	@Test
	void factoryLayoutShowsInVolListAndVolStat() throws Exception {
		t3.login("t3a", PASSWORD);
		String list = t3.t3("t3a", "vol list");
		assertEquals("volume            capacity raid data       standby\r\nv0                254.8 GB    5 u1d1-8     u1d9\r\n", list);
		String stat = t3.t3("t3a", "vol stat");
		// the state from column 0, each status digit under its disk id's tray digit, no blank line first
		assertEquals("v0            u1d1   u1d2   u1d3   u1d4   u1d5   u1d6   u1d7   u1d8   u1d9\r\n"
				+ "mounted        0      0      0      0      0      0      0      0      0\r\n", stat);
	}

	@Test
	void reconfigurationSequenceChangesTheModel() throws Exception {
		t3.login("t3a", PASSWORD);
		assertEquals("", t3.t3("t3a", "vol unmount v0"));
		assertEquals("", t3.t3("t3a", "vol remove v0"));
		assertTrue(unit.getLuns().isEmpty() && unit.getMappings().isEmpty(), "LUNs and mappings go with the volume");
		assertEquals("", t3.t3("t3a", "sys blocksize 16k"));
		assertEquals(BlockSize.K16, unit.getCache().getBlockSize());
		assertEquals("", t3.t3("t3a", "vol add v0 data u1d1-3 raid 5 standby u1d9"));
		assertEquals("", t3.t3("t3a", "vol add v1 data u1d5-8 raid 1"));
		assertEquals("Error: unit u1 already has 2 volumes\r\n", t3.t3("t3a", "vol add v2 data u1d4 raid 0"));
		Volume v1 = array.volume("v1");
		assertEquals(RaidLevel.RAID1, v1.getRaidLevel());
		assertEquals(VolumeState.UNINITIALIZED, v1.getState());
		assertEquals(DiskRole.STANDBY_DISK, unit.getTrays().get(0).getDisks().get(8).getRole());

		t3.line("vol init v1 data");
		t3.expect("WARNING - Volume data will be destroyed.\r\nContinue ? [N]: ");
		t3.line("y");
		t3.expect("t3a:/:<8>");
		array.clock().advance(Duration.ofSeconds(1_000));
		String stat = t3.t3("t3a", "vol stat");
		assertTrue(stat.matches("(?s).*v1 .*\r\nuninitialized  0      0      0      0\r\n initializing [1-9][0-9]?%.*"), stat);
		assertEquals(VolumeOperation.INITIALIZING, v1.getOperation());
		assertTrue(t3.t3("t3a", "vol mount v1").startsWith("Error: volume v1 is busy (initializing"));
		array.clock().advance(Duration.ofHours(2));
		assertEquals("", t3.t3("t3a", "vol mount v1"));
		assertEquals(VolumeState.MOUNTED, v1.getState());
		assertTrue(t3.t3("t3a", "vol list").matches("(?s).*\r\nv1 +72\\.8 GB +1 u1d5-8 +-\r\n.*"));
	}

	@Test
	void arrayRulesRefuseWhatTheRealArrayRefuses() throws Exception {
		t3.login("t3a", PASSWORD);
		assertEquals("Error: block size can only be changed when no volumes exist\r\n", t3.t3("t3a", "sys blocksize 32k"));
		t3.t3("t3a", "vol unmount v0");
		t3.t3("t3a", "vol remove v0");
		assertEquals("Error: standby drive must be drive 9\r\n", t3.t3("t3a", "vol add v0 data u1d1-7 raid 5 standby u1d8"));
		assertEquals("Error: raid 5 needs 3 to 9 drives\r\n", t3.t3("t3a", "vol add v0 data u1d1-2 raid 5"));
		assertEquals("Error: drive does not exist: u1d1-12\r\n", t3.t3("t3a", "vol add v0 data u1d1-12 raid 5"));
		assertEquals("Error: invalid raid level 6\r\n", t3.t3("t3a", "vol add v0 data u1d1-8 raid 6"));
		assertEquals("", t3.t3("t3a", "vol add v0 data u1d1-8 raid 5"));
		assertEquals("Error: drive u1d8 is already in use\r\n", t3.t3("t3a", "vol add v1 data u1d8-9 raid 0"));
		assertEquals("Error: volume v0 is not initialized\r\n", t3.t3("t3a", "vol mount v0"));
		assertEquals("Error: volume v0 already exists\r\n", t3.t3("t3a", "vol add v0 data u1d9 raid 0"));
	}

	@Test
	void unknownCommandsAndBadArgumentsGetTheArraysAnswers() throws Exception {
		t3.login("t3a", PASSWORD);
		assertEquals("format: command not found\r\n", t3.t3("t3a", "format"));
		assertTrue(t3.t3("t3a", "vol frobnicate").startsWith("usage:  vol add name data drives raid 0|1|5"));
		assertTrue(t3.t3("t3a", "vol add v9 data").startsWith("usage:  vol add"));
		assertTrue(t3.t3("t3a", "sys cache sometimes").startsWith("sys: invalid value for cache"));
		assertEquals("", t3.t3("t3a", "sys cache writethrough"));
		assertTrue(t3.t3("t3a", "sys list").contains("cache              : writethrough\r\n"));
	}

	@Test
	void volInitAnsweredNoLeavesTheVolumeAlone() throws Exception {
		t3.login("t3a", PASSWORD);
		t3.t3("t3a", "vol unmount v0");
		t3.line("vol init v0 data");
		t3.expect("Continue ? [N]: ");
		t3.line("");
		t3.expect("t3a:/:<3>");
		assertEquals(VolumeOperation.NONE, array.volume("v0").getOperation());
		assertEquals(VolumeState.UNMOUNTED, array.volume("v0").getState());
	}

	@Test
	void readScreensListFrusAndPorts() throws Exception {
		t3.login("t3a", PASSWORD);
		String fru = t3.t3("t3a", "fru list");
		assertTrue(fru.startsWith("ID      TYPE                 VENDOR       MODEL        REVISION     SERIAL\r\n"), fru);
		assertTrue(fru.contains("\r\nu1d9    disk drive           SEAGATE      ST336704FSUN A726"), fru);
		String stat = t3.t3("t3a", "fru stat");
		assertTrue(stat.contains("u1d9    ready    enabled     standby     ready      ready      34    v0"), stat);
		assertTrue(t3.t3("t3a", "port list").contains("u1p1   1          hard        online   sun    50020f23"));
		assertTrue(t3.t3("t3a", "port listmap").contains("u1p1   1          hard        0     v0       u1      primary"));
		assertTrue(t3.t3("t3a", "sys list").contains("blocksize          : 64k\r\ncache              : auto\r\n"));
	}

	@Test
	void failedDiskIsReconstructedOntoTheHotSpare() throws Exception {
		t3.login("t3a", PASSWORD);
		array.failDisk("u1d3");
		String stat = t3.t3("t3a", "vol stat");
		assertTrue(stat.contains("\r\nmounted        0      0      4      0      0      0      0      0      5\r\n"
				+ " reconstructing to standby 0%"), stat);
		assertTrue(t3.t3("t3a", "fru stat").contains("u1d3    fault    substituted data disk"));
		array.clock().advance(Duration.ofHours(1));
		assertFalse(t3.t3("t3a", "vol stat").contains("recon"));
		assertEquals(VolumeOperation.NONE, array.volume("v0").getOperation());
	}

	@Test
	void hangingCommandGivesNoPromptUntilReleased() throws Exception {
		t3.login("t3a", PASSWORD);
		faults.hangOn("vol list");
		t3.line("vol list");
		t3.expect("vol list\r\n");
		Thread.sleep(300);
		assertEquals("", t3.pending());
		faults.releaseHangs();
		t3.expect("t3a:/:<2>");
	}

	@Test
	void droppedLineEndsTheSessionMidReply() throws Exception {
		t3.login("t3a", PASSWORD);
		faults.dropOn("fru list");
		t3.line("fru list");
		t3.expectEnd(Terminal.PATIENCE);
		assertTrue(t3.pending().contains("ID      TYPE"));
		assertFalse(t3.pending().contains("t3a:/:<2>"));
		try (Terminal again = Terminal.connect(line.port())) {
			again.line("");
			again.expect("t3a:/:<2>");
			assertTrue(again.t3("t3a", "fru list").contains("u1d9    disk drive"), "the fault was for one command only");
		}
	}

	@Test
	void deviceErrorReplyAndLineNoise() throws Exception {
		t3.login("t3a", PASSWORD);
		faults.errorOn("vol unmount", "vol: Error: device busy (0x0a)");
		assertEquals("vol: Error: device busy (0x0a)\r\n", t3.t3("t3a", "vol unmount v0"));
		assertEquals(VolumeState.MOUNTED, array.volume("v0").getState());
		faults.setLineNoise(1.0);
		t3.line("ver");
		t3.expect("\r\n");
		Thread.sleep(200);
		assertFalse(t3.pending().contains("Release"), "every byte of the reply is garbled");
	}
}
