package org.restripe.simulator.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.MainframeSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.Terminal;
import org.restripe.simulator.line.ExclusiveLine;
import org.restripe.simulator.line.TcpLine;

/** The sample site's DS8000 over a real loopback socket: its DS CLI lists, changes and refusals. */
@Timeout(60)
class DsCliConsoleTest {
	private static final String PASSWORD = "secret";
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final List<String> log = new CopyOnWriteArrayList<>();
	private final AtomicInteger saves = new AtomicInteger();
	private StorageUnit unit;
	private ExclusiveLine serial;
	private TcpLine line;
	private Terminal dscli;

	@BeforeEach
	void startArray() throws Exception {
		unit = MainframeSite.loadShipped().getSubsystems().get(0).getStorageUnits().get(0);
		StorageArray array = new StorageArray(unit, new SimulatedClock(1.0));
		array.addChangeListener(saves::incrementAndGet);
		serial = new DsCliConsole(array, PASSWORD).serialLine(log::add);
		line = new TcpLine("ds8a", 0, serial, log::add);
		dscli = Terminal.connect(line.port());
	}

	@AfterEach
	void stop() throws Exception {
		dscli.close();
		line.close();
		serial.close();
	}

	@Test
	void aWrongPasswordIsRefusedAndTheSessionBannerWrapsAfterDs() throws Exception {
		dscli.expect("Enter your username: ", PATIENCE);
		dscli.line("admin");
		dscli.expect("Enter your password: ", PATIENCE);
		dscli.line("wrong");
		dscli.expect("CMUN00018E", PATIENCE);
		String banner = login();
		assertTrue(banner.matches("(?s).*\r\nDate/Time: .* IBM DSCLI Version: 7\\.8\\.50\\.497 DS:\r\nIBM\\.2107-75DS8A1\r\n"
				+ "dscli> $"), banner);
	}

	@Test
	void lsckdvolListsTheDevicesUnderHeaderAndRuleAfterTheBanner() throws Exception {
		login();
		List<String> lines = run("lsckdvol");
		assertTrue(lines.get(0).matches("Date/Time: .* IBM DSCLI Version: 7\\.8\\.50\\.497 DS: IBM\\.2107-75DS8A1"),
				lines.get(0));
		assertEquals("Name ID accstate datastate configstate deviceMTM voltype orgbvols extpool cap (cyl)",
				lines.get(1).replaceAll(" +", " "));
		assertEquals(lines.get(1).length(), lines.get(2).length(), "the rule is as long as the header");
		assertTrue(lines.get(2).matches("=+"), lines.get(2));
		assertEquals("PRD000 0A00 Online Normal Normal 3390-3 CKD Base - P0 3339", lines.get(3).replaceAll(" +", " "));
		assertEquals(lines.get(1).indexOf("cap (cyl)"), lines.get(3).indexOf("3339"), "values start under their header");
	}

	@Test
	void theDelimitedFormatSeparatesColumnsWithBars() throws Exception {
		login();
		List<String> lines = run("lsckdvol -fmt delim");
		assertEquals("Name|ID|accstate|datastate|configstate|deviceMTM|voltype|orgbvols|extpool|cap (cyl)", lines.get(1));
		assertEquals("PRD001|0A01|Online|Normal|Normal|3390-3|CKD Base|-|P0|3339", lines.get(4));
	}

	@Test
	void theListsHaveTheColumnsOfThePublicCaptures() throws Exception {
		login();
		assertEquals("ID WWPN State Type topo portgrp", run("lsioport").get(1).replaceAll(" +", " "));
		assertEquals("ID DA Pair dkcap (10^9B) dkuse arsite State", run("lsddm").get(1).replaceAll(" +", " "));
		assertEquals("Array State Data RAIDtype arsite Rank DA Pair DDMcap (10^9B)", run("lsarray").get(1).replaceAll(" +", " "));
		assertEquals("ID Group State datastate Array RAIDtype extpoolID stgtype", run("lsrank").get(1).replaceAll(" +", " "));
		assertEquals("Name ID stgtype rankgrp status availstor (2^30B) %allocated available reserved numvols",
				run("lsextpool").get(1).replaceAll(" +", " "));
	}

	@Test
	void chckdvolGrowsAVolumeAndRefusesAShrink() throws Exception {
		login();
		List<String> shrink = run("chckdvol -cap 1113 -quiet 0A00");
		assertTrue(shrink.get(1).startsWith("CMUN02434E chckdvol: 0A00: "), shrink.toString());
		assertEquals(CkdType.D3390_3, device("0A00").getDeviceType(), "a refused shrink changes nothing");
		assertEquals(List.of("CMUC00022I chckdvol: CKD Volume 0A00 successfully modified."),
				run("chckdvol -cap 10017 -quiet 0A00").subList(1, 2));
		assertEquals(CkdType.D3390_9, device("0A00").getDeviceType());
		assertTrue(run("lsckdvol 0A00").get(3).replaceAll(" +", " ").endsWith(" 3390-9 CKD Base - P0 10017"));
		assertTrue(saves.get() > 0, "the change is saved as the T3 state is");
	}

	@Test
	void withoutQuietChckdvolAsksAndNoKeepsTheVolume() throws Exception {
		login();
		dscli.line("chckdvol -cap 10017 0A00");
		dscli.expect("Are you sure that you want to expand CKD volume 0A00? [y/n]:", PATIENCE);
		dscli.line("n");
		dscli.expect("dscli> ", PATIENCE);
		assertEquals(CkdType.D3390_3, device("0A00").getDeviceType());
	}

	@Test
	void mkckdvolRefusesAnExistingIdAndMakesANewOne() throws Exception {
		login();
		List<String> exists = run("mkckdvol -extpool P0 -datatype 3390 -cap 3339 -name X 0A00");
		assertTrue(exists.get(1).startsWith("CMUN02500E mkckdvol: 0A00: "), exists.toString());
		assertTrue(run("mkckdvol -extpool P9 -datatype 3390 -cap 3339 -name X 0A02").get(1).startsWith("CMUN02282E"));
		assertEquals("CMUC00021I mkckdvol: CKD Volume 0A02 successfully created.",
				run("mkckdvol -extpool P0 -datatype 3390 -cap 10017 -name PRD002 0A02").get(1));
		assertEquals(CkdType.D3390_9, device("0A02").getDeviceType());
		assertEquals("PRD002", device("0A02").getName());
	}

	@Test
	void rmckdvolDeletesAndAnEmptyListSaysNothingWasFound() throws Exception {
		login();
		assertEquals("CMUC00024I rmckdvol: CKD Volume 0A00 successfully deleted.", run("rmckdvol -quiet 0A00").get(1));
		run("rmckdvol -quiet 0A01");
		assertTrue(unit.getCkdDevices().isEmpty());
		assertEquals(List.of("CMUC00234I lsckdvol: No CKD Volume found."), run("lsckdvol").subList(1, 2));
		assertTrue(run("rmckdvol -quiet 0A01").get(1).startsWith("CMUN02501E rmckdvol: 0A01: "));
	}

	@Test
	void setioportMakesAFreePortOfTheCardAFiconChannel() throws Exception {
		login();
		assertTrue(run("lsioport").stream().anyMatch(l -> l.replaceAll(" +", " ").matches("I0032 \\S+ Offline Fibre Channel-SW SCSI-FCP 0")));
		assertEquals("CMUC00011I setioport: I/O Port I0032 successfully configured.",
				run("setioport -topology ficon I0032").get(1));
		assertTrue(unit.getPorts().stream().anyMatch(p -> p.getName().equals("I0032") && p.getKind() == ChannelKind.FICON));
		assertTrue(run("lsioport").stream().anyMatch(l -> l.replaceAll(" +", " ").matches("I0032 \\S+ Online Fibre Channel-SW FICON 0")));
		assertTrue(run("setioport -topology ficon I0099").get(1).startsWith("CMUN00023E setioport: I0099: "));
	}

	@Test
	void anUnknownCommandIsACliErrorWithoutBanner() throws Exception {
		login();
		assertEquals(List.of("CMMCI9013E Command: lsfoo was not found."), run("lsfoo"));
	}

	private String login() throws Exception {
		dscli.expect("Enter your username: ", PATIENCE);
		dscli.line("admin");
		dscli.expect("Enter your password: ", PATIENCE);
		dscli.line(PASSWORD);
		return dscli.expect("dscli> ", PATIENCE);
	}

	/** One command's reply lines, without its echo and the next prompt. */
	private List<String> run(String command) throws Exception {
		dscli.line(command);
		dscli.expect(command + "\r\n", PATIENCE);
		String reply = dscli.expect("dscli> ", PATIENCE);
		return List.of(reply.substring(0, reply.length() - "dscli> ".length()).split("\r\n"));
	}

	private CkdDevice device(String number) {
		return unit.getCkdDevices().stream().filter(d -> d.getDeviceNumber().equals(number)).findFirst().orElseThrow();
	}
}
