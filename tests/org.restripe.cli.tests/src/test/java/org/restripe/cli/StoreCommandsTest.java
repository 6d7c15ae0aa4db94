package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.store.Engine;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.testing.FreePort;
import org.restripe.store.testing.PostgresServer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** restripe store-server, and --db for the commands that use the desk's database. */
class StoreCommandsTest {
	@TempDir
	Path dir;

	/** Stands for any desk command: opens the database its options name and says which it is. */
	@Command(name = "probe")
	static final class Probe implements Callable<Integer> {
		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			try (RestripeDatabase db = store.open()) {
				System.out.println(db.engine() + " " + db.describe() + " schema " + db.schemaVersion());
				return 0;
			}
		}
	}

	private String probe(String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream was = System.out;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandLine cli = new CommandLine(new Probe());
		cli.setErr(new PrintWriter(err, true));
		cli.setExecutionExceptionHandler((e, line, parsed) -> {
			line.getErr().println("probe: " + Failures.describe(e));
			return 1;
		});
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			int code = cli.execute(args);
			return code + " " + out.toString(StandardCharsets.UTF_8).strip() + err.toString(StandardCharsets.UTF_8).strip();
		} finally {
			System.setOut(was);
		}
	}

	private Path passwordFile(char[] password) throws Exception {
		Path file = Files.writeString(dir.resolve("db-password"), new String(password) + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	@Test
	void dbOpensASharedPostgresDatabaseWithThePasswordFromAFileOnlyTheEngineerCanRead() throws Exception {
		PostgresServer server = PostgresServer.shared();
		String url = server.url(server.createDatabase());
		Path file = passwordFile(server.password());
		assertEquals("0 " + Engine.POSTGRESQL + " " + url + " schema " + RestripeDatabase.latestSchemaVersion(),
				probe("--db", url, "--db-user", PostgresServer.USER, "--db-password-file", file.toString()));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		String refused = probe("--db", url, "--db-user", PostgresServer.USER, "--db-password-file", file.toString());
		assertTrue(refused.startsWith("1 probe: " + file + " is readable by group or others"), refused);
	}

	@Test
	void withoutATerminalOrPasswordFileTheRefusalSaysHowToGiveThePassword() throws Exception {
		PostgresServer server = PostgresServer.shared();
		String url = server.url(server.createDatabase());
		assertEquals("1 probe: " + url + " asks for the password of"
				+ " database user postgres: run on a terminal to be asked, or give --db-password-file FILE (readable by"
				+ " you only)", probe("--db", url, "--db-user", PostgresServer.USER));
	}

	@Test
	void storeServerServesTheDataDirectoryToAnotherCenterUntilStopped() throws Exception {
		Path data = dir.resolve("hamburg");
		int port = FreePort.loopback();
		Process server = forkCli("store-server", "--data", data.toString(), "--port", String.valueOf(port));
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		String serving = CompletableFuture.supplyAsync(() -> readLine(out)).get(120, TimeUnit.SECONDS);
		String url = "jdbc:derby://127.0.0.1:" + port + "/db";
		assertEquals("Serving the Restripe database in " + data.resolve("db") + " on 127.0.0.1:" + port
				+ "; other centers give --db " + url + ". Ctrl-C stops it.", serving);

		assertEquals("0 " + Engine.DERBY_NETWORK + " " + url + " schema " + RestripeDatabase.latestSchemaVersion(), probe("--db", url));
		try (RestripeDatabase shared = RestripeDatabase.open(url, org.restripe.store.DatabaseLogin.NONE);
				Connection c = shared.connect(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('c1', 'Acme Freight', 'EMEA')");
		}

		interrupt(server); // as Ctrl-C on its terminal does
		assertTrue(server.waitFor(120, TimeUnit.SECONDS), "store-server stops");
		assertEquals(130, server.exitValue(), "ended by SIGINT");
		List<String> rest = new ArrayList<>();
		for (String line; (line = readLine(out)) != null;) {
			rest.add(line);
		}
		assertEquals(List.of("Stopped serving on 127.0.0.1:" + port + "; the database is closed."), rest);
		String gone = probe("--db", url);
		assertTrue(gone.startsWith("1 probe: Cannot open the Restripe database " + url + ": nothing answers"), gone);

		try (RestripeDatabase local = RestripeDatabase.openEmbedded(data); Connection c = local.connect();
				Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NAME FROM CUSTOMER")) {
			assertTrue(rs.next(), "the other center's customer is in this center's database");
			assertEquals("Acme Freight", rs.getString(1));
		}
	}

	@Test
	void aStoreServerWithAUserLetsInOnlyThatUserWithItsPassword() throws Exception {
		Path data = dir.resolve("lyon");
		int port = FreePort.loopback();
		Path file = passwordFile("centre de Lyon".toCharArray());
		Process server = forkCli("store-server", "--data", data.toString(), "--port", String.valueOf(port), "--user",
				"anna", "--password-file", file.toString());
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		String url = "jdbc:derby://127.0.0.1:" + port + "/db";
		try {
			String serving = CompletableFuture.supplyAsync(() -> readLine(out)).get(120, TimeUnit.SECONDS);
			assertTrue(serving.endsWith("other centers give --db " + url + " --db-user anna. Ctrl-C stops it."), serving);
			assertEquals("0 " + Engine.DERBY_NETWORK + " " + url + " schema " + RestripeDatabase.latestSchemaVersion(),
					probe("--db", url, "--db-user", "anna", "--db-password-file", file.toString()));
			Path wrong = Files.writeString(dir.resolve("wrong"), "guess\n");
			Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
			assertEquals("1 probe: Cannot open the Restripe database " + url + ": the database refused the user name"
					+ " or password (authentication failed)",
					probe("--db", url, "--db-user", "anna", "--db-password-file", wrong.toString()));
			assertEquals("1 probe: " + url + " asks for the password of database user bob: run on a terminal to be"
					+ " asked, or give --db-password-file FILE (readable by you only)", probe("--db", url, "--db-user", "bob"));
		} finally {
			interrupt(server);
			assertTrue(server.waitFor(120, TimeUnit.SECONDS), "store-server stops");
		}
	}

	@Test
	void storeServerRefusesToOpenUpToTheNetworkWithoutALogin() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new RestripeCli().run(new String[] { "store-server", "--data", dir.toString(), "--host", "0.0.0.0",
				"--port", String.valueOf(FreePort.loopback()) }, new PrintStream(out), new PrintStream(err));
		assertEquals(1, code);
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("restripe store-server: listening on 0.0.0.0 lets"
				+ " anyone who reaches port"), err.toString(StandardCharsets.UTF_8));
	}

	/** SIGINT, without Process.destroy, which would also close the streams we still read. */
	private static void interrupt(Process process) throws Exception {
		Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start();
		assertTrue(kill.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, kill.exitValue());
	}

	private static String readLine(BufferedReader in) {
		try {
			return in.readLine();
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Process forkCli(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), RestripeCli.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}
}
