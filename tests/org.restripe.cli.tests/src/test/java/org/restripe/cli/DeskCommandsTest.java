package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;

/** The desk's commands as an engineer at the solutions center types them, on the data directory's database. */
class DeskCommandsTest {
	private static final String SITE = "Acme Freight main data center"; // DemoSite's name
	@TempDir
	Path dir;
	private Path data;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void aCustomerWithASite() {
		data = dir.resolve("data");
		ok("customer", "add", "acme", "--name", "Acme Freight Ltd.", "--region", "EMEA");
		ok("region", "BENELUX", "--center", "Utrecht solutions center", "--location", "Rotterdam");
		ok("customer", "site", "acme", SITE, "--location", "Rotterdam");
	}

	@Test
	void aContractsValidityOnADateNamesEveryReason() {
		ok("contract", "new", "--customer", "acme", "--level", "1", "--start", "2026-01-01", "--end", "2026-12-31");
		assertTrue(out().contains("Contract acme-2026-01-01 (customer acme): Option 1, 2026-01-01 to 2026-12-31, paid,"
				+ " 0 of 1 reconfigurations used"), out());
		ok("contract", "validity", "acme-2026-01-01", "--on", "2026-06-01");
		assertEquals("contract acme-2026-01-01 is valid on 2026-06-01\n", out());
		ok("contract", "pay", "acme-2026-01-01", "overdue", "--as", "finance");
		assertEquals(1, run("contract", "validity", "acme-2026-01-01", "--on", "2027-01-05"));
		assertEquals("contract acme-2026-01-01 is not valid on 2027-01-05: the period ended on 2026-12-31; payment is"
				+ " overdue\n", out());
		ok("contract", "renew", "acme-2026-01-01");
		assertTrue(out().startsWith("Renewed as acme-2027-01-01 (customer acme): Option 1, 2027-01-01 to 2027-12-31, due"
				+ " by 2027-01-31"), out());
	}

	@Test
	void badInputGetsOneClearLineAndNothingIsWritten() throws Exception {
		refused("restripe contract new: --end '2026-02-30' is not a date (YYYY-MM-DD, a day that exists)",
				"contract", "new", "--customer", "acme", "--level", "2", "--start", "2026-01-01", "--end", "2026-02-30");
		refused("restripe contract new: the period's end (2025-12-31) is before its start (2026-01-01)",
				"contract", "new", "--customer", "acme", "--level", "2", "--start", "2026-01-01", "--end", "2025-12-31");
		refused("restripe contract new: the customer 'initech' is not known to the desk; add the customer first",
				"contract", "new", "--customer", "initech", "--level", "2", "--start", "2026-01-01", "--end", "2026-12-31");
		refused("restripe contract new: --level 4 is not a service level: say 1, 2 or 3",
				"contract", "new", "--customer", "acme", "--level", "4", "--start", "2026-01-01", "--end", "2026-12-31");
		refused("restripe charge: the payment reference looks like a card number (PAN); store the payment provider's"
				+ " reference for the payment instead, never the card number", "charge", "--customer", "acme",
				"--description", "LUN size change", "--price", "300", "--reference", "4111 1111 1111 1111");
		refused("restripe contract validity: there is no contract acme'; DROP TABLE CONTRACT; --",
				"contract", "validity", "acme'; DROP TABLE CONTRACT; --");
		refused("restripe request move: 'done' is not a request state; the states are: awaiting approval, received,"
				+ " configuration determined, service level determined, reviewed, designed, implementation built,"
				+ " connected, applied, verified, closed, declined, cancelled, failed", "request", "move", "1", "done",
				"--why", "x");
		refused("restripe contract pay: the payment state 'later' is not one of paid, due, overdue",
				"contract", "pay", "acme-2026-01-01", "later");
		Path csv = dir.resolve("invoices.csv");
		ok("invoices", "--csv", csv.toString());
		assertEquals("0 invoices written to " + csv + " (" + Files.size(csv) + " bytes)\n", out());
		ok("requests");
		assertEquals("No requests\n", out());
		assertEquals(2, run("invoices"), "neither --csv nor --html is wrong use");
	}

	@Test
	void aRequestIsTakenInMovedListedClosedAndInvoiced() throws Exception {
		assertEquals(1, run("request", "open", "acme", SITE, "--summary", "RAID 1 on t3a"), err());
		assertEquals("request 1 is not covered (the customer has no contract): renew the contract or offer a one-time"
				+ " charge; routed to Utrecht solutions center (region BENELUX, by the site's location Rotterdam)\n", out());
		refused("restripe request move: request 1 is received; it can go to configuration determined, declined or"
				+ " cancelled, not reviewed", "request", "move", "1", "reviewed", "--why", "skip");
		ok("request", "move", "1", "configuration determined", "--why", "snapshot of 2026-11-26", "--as", "ana");
		assertEquals("request 1 is configuration determined (by ana); next: service level determined, declined or"
				+ " cancelled\n", out());
		ok("requests", "--state", "configuration-determined", "--customer", "acme");
		assertTrue(out().contains("configuration determined") && out().contains("RAID 1 on t3a"), out());
		assertTrue(out().endsWith("1 request on page 1\n"), out());
		ok("requests", "--site", "elsewhere");
		assertEquals("No requests\n", out());
		ok("charge", "--customer", "acme", "--description", "RAID level change, \"weekend\" <t3a>", "--price", "1250",
				"--reference", "PSP-2026-417", "--request", "1");
		assertEquals("request 1 is paid by one-time charge 1\n", out());
		for (String state : new String[] { "service level determined", "reviewed", "designed", "implementation built",
				"connected", "applied", "verified" }) {
			ok("request", "move", "1", state, "--why", "done: " + state);
		}
		ok("request", "close", "1");
		assertTrue(out().startsWith("request 1 closed: invoice 1 for request 1: 1250.00 EUR to Acme Freight Ltd."), out());
		ok("request", "show", "1");
		assertTrue(out().contains("verified -> closed  by "), out());
		Path csv = dir.resolve("invoices.csv");
		Path html = dir.resolve("invoices.html");
		ok("invoices", "--csv", csv.toString());
		ok("invoices", "--html", html.toString());
		String[] lines = Files.readString(csv).split("\r\n");
		assertTrue(lines[1].startsWith("1,1,acme,Acme Freight Ltd.,Utrecht solutions center,\"RAID level change,"
				+ " \"\"weekend\"\" <t3a>\",1250.00,EUR,PSP-2026-417,"), lines[1]);
		String page = Files.readString(html);
		assertTrue(page.contains("<td>RAID level change, &quot;weekend&quot; &lt;t3a&gt;</td>"), page);
		assertFalse(page.contains("<t3a>"), page);
	}

	@Test
	void planAndReviewUseTheStoredContractAndTheHistoryKeepsAndComparesVersions() throws Exception {
		Path current = dir.resolve("current.restripe");
		Path desired = dir.resolve("desired.restripe");
		SiteFiles.save(DemoSite.create(), current);
		Site wanted = DemoSite.create();
		StorageUnit t3a = wanted.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals("t3a")).findFirst().orElseThrow();
		Volume rebuilt = t3a.getVolumes().get(0);
		rebuilt.setRaidLevel(RaidLevel.RAID1);
		t3a.getLuns().stream().filter(l -> l.getVolume() == rebuilt).forEach(l -> l.setSize(rebuilt.getCapacity()));
		SiteFiles.save(wanted, desired);
		ok("contract", "new", "--customer", "acme", "--level", "1", "--start", today.minusDays(30).toString(), "--end",
				today.plusDays(300).toString(), "--reconfigurations", "0");
		assertEquals(1, run("review", desired.toString(), "--current", current.toString(), "--data", data.toString()));
		assertTrue(out().contains("Contract acme-" + today.minusDays(30) + " (customer acme): Option 1"), out());
		assertTrue(out().contains("Option 1 covers 1 reconfiguration a contract year"), out());
		Path password = Files.writeString(dir.resolve("key-password"), "center secret\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		String[] plan = { "plan", "--current", current.toString(), "--desired", desired.toString(), "--kit",
				dir.resolve("raid1.kit").toString(), "--data", data.toString(), "--key-password-file", password.toString() };
		assertEquals(1, run(plan));
		assertTrue(err().startsWith("restripe plan: refused: the customer's contract does not cover the change"), err());
		assertFalse(Files.exists(dir.resolve("raid1.kit")));

		String FILED = "current"; // plan keeps the design under the site's file name, current.restripe
		ok("history", FILED, "--keep", current.toString(), "--reason", "discovered", "--as", "ana");
		String[] charged = java.util.Arrays.copyOf(plan, plan.length + 1);
		charged[plan.length] = "--charged";
		ok(charged);
		assertTrue(out().contains("Kept as version 2 (designed) of " + FILED), out());
		ok("history", FILED);
		assertTrue(out().contains("1  ") && out().contains("discovered") && out().contains("by ana"), out());
		assertTrue(out().contains("designed") && out().endsWith("2 versions of " + FILED + "\n"), out());
		assertEquals(1, run("diff", FILED, "1", "2"));
		assertTrue(out().startsWith("From version 1 to 2 of " + FILED + ":\nt3a:\n"), out());
		assertTrue(out().contains("RAID 1"), out());
		ok("diff", FILED, "2", "2");
		refused("restripe diff: site " + FILED + " has no version 9", "diff", FILED, "1", "9");
	}

	private void refused(String message, String... args) {
		assertEquals(1, run(args), out());
		assertEquals(message + "\n", err());
	}

	private void ok(String... args) {
		assertEquals(0, run(args), out() + err());
	}

	private int run(String... args) {
		String[] all = java.util.Arrays.copyOf(args, args.length + 2);
		boolean hasData = java.util.Arrays.asList(args).contains("--data");
		if (!hasData) {
			all[args.length] = "--data";
			all[args.length + 1] = data.toString();
		} else {
			all = args;
		}
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
