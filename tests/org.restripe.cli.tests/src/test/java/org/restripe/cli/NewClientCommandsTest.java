package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FIG. 3 for a new client as the desk types it: the intake, then the kit shipment, read back through the CLI. */
class NewClientCommandsTest {
	private static final String ROUTE = "routed to Utrecht solutions center (region BENELUX, by the site's location"
			+ " Utrecht)";
	@TempDir
	Path dir;
	private Path data;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void aRegionalCenter() {
		data = dir.resolve("data");
		ok("region", "BENELUX", "--center", "Utrecht solutions center", "--location", "Utrecht");
	}

	@Test
	void aNewClientWithAContractIsTakenInAndItsKitShipped() throws Exception {
		ok(intake("--equipment", "host:Sun Netra, 2 serial ports", "--equipment", "modem", "--level", "2", "--start",
				"2026-01-01", "--end", "2026-12-31", "--as", "ana"));
		assertEquals("request 1 taken in for new client Initech B.V. (initech): covered by contract initech-2026-01-01; "
				+ ROUTE + "\n  equipment needed: storage management host (Sun Netra, 2 serial ports); dialback modem\n",
				out());
		ok("contract", "validity", "initech-2026-01-01", "--on", "2026-06-01");
		assertEquals("contract initech-2026-01-01 is valid on 2026-06-01\n", out());
		ok("customer", "list");
		assertEquals("initech  Initech B.V.  EMEA\n", out());

		byte[] manifest = "plan.json 0123\n".getBytes(StandardCharsets.UTF_8);
		Path kit = kit(dir.resolve("initech-dc1-raid5.kit"), manifest);
		String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(manifest));
		ok("request", "ship", "1", "--kit", kit.toString(), "--carrier", "DHL 1234567890", "--as", "ana");
		String shipment = "storage management host (Sun Netra, 2 serial ports); dialback modem; kit initech-dc1-raid5.kit"
				+ " (manifest SHA-256 " + digest + "); carrier DHL 1234567890; by ana";
		assertEquals("Kit shipment 1 for request 1 recorded: " + shipment + "\n", out());

		ok("request", "show", "1");
		String[] lines = out().split("\n");
		assertTrue(lines[0].contains("received") && lines[0].contains("initech-dc1")
				&& lines[0].contains("RAID 5 on t3a"), out());
		assertEquals("  routed to Utrecht solutions center", lines[1]);
		assertEquals("  covered by contract initech-2026-01-01", lines[2]);
		assertEquals("  equipment needed: storage management host (Sun Netra, 2 serial ports); dialback modem", lines[3]);
		assertEquals("  kit shipment 1: " + shipment, lines[4]);
		assertTrue(lines[5].endsWith("received  by ana: new client, " + ROUTE), lines[5]);
		ok("requests", "--customer", "initech");
		assertTrue(out().endsWith("1 request on page 1\n"), out());
	}

	@Test
	void aNewClientPaidOnceGetsItsChargeAndAShipmentOfOtherEquipment() {
		ok(intake("--equipment", "hardware:FC switch", "--price", "1250", "--reference", "PSP-2026-417"));
		assertEquals("request 1 taken in for new client Initech B.V. (initech): paid by one-time charge 1; " + ROUTE
				+ "\n  equipment needed: add-on hardware (FC switch)\n", out());
		ok("request", "ship", "1", "--equipment", "modem:US Robotics Courier", "--as", "bo");
		assertEquals("Kit shipment 1 for request 1 recorded: dialback modem (US Robotics Courier); kit no kit file"
				+ " (equipment only); by bo\n", out());
		ok("request", "show", "1");
		assertTrue(out().contains("\n  paid by one-time charge 1\n  equipment needed: add-on hardware (FC switch)\n"
				+ "  kit shipment 1: dialback modem (US Robotics Courier); kit no kit file (equipment only); by bo\n"), out());
	}

	@Test
	void aBadIntakeIsRefusedInWordsAndWritesNothing() {
		refused(1, "restripe request new-client: the period's end (2025-12-31) is before its start (2026-01-01)",
				intake("--level", "2", "--start", "2026-01-01", "--end", "2025-12-31"));
		refused(1, "restripe request new-client: the payment reference looks like a card number (PAN); store the"
				+ " payment provider's reference for the payment instead, never the card number",
				intake("--price", "300", "--reference", "4111 1111 1111 1111"));
		refused(1, "restripe request new-client: --equipment 'router:x': the kind 'router' is not known; say host"
				+ " (storage management host), modem (dialback modem) or hardware (add-on hardware), with :DETAIL if"
				+ " you like", intake("--equipment", "router:x", "--level", "2", "--start", "2026-01-01", "--end",
						"2026-12-31"));
		refused(1, "restripe request new-client: the contract's service level is missing (--level): say 1, 2 or 3",
				intake("--start", "2026-01-01", "--end", "2026-12-31"));
		assertEquals(2, run(intake("--level", "2", "--start", "2026-01-01", "--end", "2026-12-31", "--price", "300",
				"--reference", "PSP-1")));
		assertTrue(err().contains("paid by a contract (--level --start --end) or by a one-time charge (--price"
				+ " --reference), not both"), err());
		assertEquals(2, run(intake()));
		assertTrue(err().contains("; give one"), err());
		assertEquals(2, run("request", "new-client", "initech", "initech-dc1", "--name", "Initech B.V.", "--region",
				"EMEA", "--location", "Utrecht", "--summary", "RAID 5", "--price", "300", "--reference", "PSP-1"));
		assertTrue(err().contains("--services"), err());
		ok("requests");
		assertEquals("No requests\n", out());
		ok("customer", "list");
		assertEquals("", out(), "a refused intake leaves no customer behind");
	}

	@Test
	void aShipmentNeedsARealKitAndARealRequest() throws Exception {
		ok(intake("--equipment", "modem", "--price", "300", "--reference", "PSP-1"));
		Path missing = dir.resolve("nowhere.kit");
		refused(1, "restripe request ship: --kit " + missing + ": no such kit file", "request", "ship", "1", "--kit",
				missing.toString());
		Path notAKit = Files.writeString(dir.resolve("notes.kit"), "just text");
		refused(1, "restripe request ship: --kit " + notAKit + ": not a kit, or a damaged one (no manifest.txt)",
				"request", "ship", "1", "--kit", notAKit.toString());
		refused(1, "restripe request ship: there is no request 7", "request", "ship", "7");
		refused(1, "restripe request ship: --equipment 'printer': the kind 'printer' is not known; say host (storage"
				+ " management host), modem (dialback modem) or hardware (add-on hardware), with :DETAIL if you like",
				"request", "ship", "1", "--equipment", "printer");
		ok("request", "show", "1");
		assertTrue(!out().contains("kit shipment"), out());
	}

	private static String[] intake(String... more) {
		String[] base = { "request", "new-client", "initech", "initech-dc1", "--name", "Initech B.V.", "--region", "EMEA",
				"--location", "Utrecht", "--services", "remote reconfiguration of two T3 arrays", "--summary",
				"RAID 5 on t3a" };
		String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	private static Path kit(Path file, byte[] manifest) throws Exception {
		try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
			zip.putNextEntry(new ZipEntry("plan.json"));
			zip.write("{}".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("manifest.txt"));
			zip.write(manifest);
		}
		return file;
	}

	private void refused(int code, String message, String... args) {
		assertEquals(code, run(args), out());
		assertEquals(message + "\n", err());
	}

	private void ok(String... args) {
		assertEquals(0, run(args), out() + err());
	}

	private int run(String... args) {
		String[] all = java.util.Arrays.copyOf(args, args.length + 2);
		all[args.length] = "--data";
		all[args.length + 1] = data.toString();
		out.reset();
		err.reset();
		return new RestripeCli().run(all, new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
