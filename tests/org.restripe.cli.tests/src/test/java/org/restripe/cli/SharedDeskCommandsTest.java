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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.store.testing.PostgresServer;

/**
 * A center on a shared PostgreSQL database: the desk commands and plan and review all read and write the
 * database --db names, and none of them makes an embedded database in the data directory.
 */
class SharedDeskCommandsTest {
	private static final String SITE = "Acme Freight main data center"; // DemoSite's name
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final LocalDate today = LocalDate.now();
	private List<String> database;

	@Test
	void planAndReviewReadTheContractFromTheSharedDatabaseAndKeepTheDesignThere() throws Exception {
		PostgresServer server = PostgresServer.shared();
		Path dbPassword = secret("db-password", new String(server.password()));
		database = List.of("--data", dir.resolve("data").toString(), "--db", server.url(server.createDatabase()),
				"--db-user", PostgresServer.USER, "--db-password-file", dbPassword.toString());
		ok("customer", "add", "acme", "--name", "Acme Freight Ltd.", "--region", "EMEA");
		ok("customer", "site", "acme", SITE, "--location", "Rotterdam");
		ok("contract", "new", "--customer", "acme", "--level", "1", "--start", today.minusDays(30).toString(), "--end",
				today.plusDays(300).toString(), "--reconfigurations", "0");
		Path current = dir.resolve("current.restripe");
		Path desired = dir.resolve("desired.restripe");
		SiteFiles.save(DemoSite.create(), current);
		SiteFiles.save(raid1OnT3a(), desired);

		assertEquals(1, run("review", desired.toString(), "--current", current.toString()));
		assertTrue(out().contains("Contract acme-" + today.minusDays(30) + " (customer acme): Option 1"), out());
		Path keyPassword = secret("key-password", "center secret");
		List<String> plan = List.of("plan", "--current", current.toString(), "--desired", desired.toString(), "--kit",
				dir.resolve("raid1.kit").toString(), "--key-password-file", keyPassword.toString());
		assertEquals(1, run(plan.toArray(String[]::new)));
		assertTrue(err().startsWith("restripe plan: refused: the customer's contract does not cover the change"), err());
		List<String> charged = new ArrayList<>(plan);
		charged.add("--charged");
		ok(charged.toArray(String[]::new));
		String filed = "current"; // plan keeps the design under the site's file name, current.restripe
		assertTrue(out().contains("Kept as version 1 (designed) of " + filed), out());
		ok("history", filed);
		assertTrue(out().contains("designed") && out().endsWith("1 version of " + filed + "\n"), out());
		assertFalse(Files.exists(dir.resolve("data").resolve("db")), "no embedded database was made");
	}

	private static Site raid1OnT3a() {
		Site wanted = DemoSite.create();
		StorageUnit t3a = wanted.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals("t3a")).findFirst().orElseThrow();
		Volume rebuilt = t3a.getVolumes().get(0);
		rebuilt.setRaidLevel(RaidLevel.RAID1);
		t3a.getLuns().stream().filter(l -> l.getVolume() == rebuilt).forEach(l -> l.setSize(rebuilt.getCapacity()));
		return wanted;
	}

	private Path secret(String name, String text) throws Exception {
		Path file = Files.writeString(dir.resolve(name), text + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	private void ok(String... args) {
		assertEquals(0, run(args), out() + err());
	}

	private int run(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(database);
		out.reset();
		err.reset();
		return new RestripeCli().run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
