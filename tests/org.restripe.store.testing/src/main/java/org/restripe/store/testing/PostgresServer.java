package org.restripe.store.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 15 for the test run: a throwaway cluster made by initdb in a temporary directory, run
 * as the postgres OS user (PostgreSQL refuses to run as root), listening on a free loopback port with its
 * socket in the same directory, password authentication (SCRAM) for its superuser. One per JVM, stopped and
 * deleted when the JVM ends; each test gets a database of its own from {@link #createDatabase()}.
 */
public final class PostgresServer {
	public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
	public static final String USER = "postgres";
	private static final long READY_TIMEOUT_MS = 120_000;
	private static PostgresServer shared;

	private final Path root;
	private final int port;
	private final char[] password;
	private final Process postgres;
	private final AtomicInteger databases = new AtomicInteger();

	private PostgresServer(Path root, int port, char[] password, Process postgres) {
		this.root = root;
		this.port = port;
		this.password = password;
		this.postgres = postgres;
	}

	/** The run's server, started on first use. */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			try {
				shared = start();
			} catch (IOException e) {
				throw new IllegalStateException("Cannot start the test PostgreSQL: " + e.getMessage(), e);
			}
			PostgresServer server = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop test PostgreSQL"));
		}
		return shared;
	}

	private static PostgresServer start() throws IOException {
		if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("postgres"))) {
			throw new IOException(BIN + "/initdb and postgres are missing: install Debian's postgresql package"
					+ " (apt-get install postgresql; releng/debian-packages.sh installs it for the tests)");
		}
		Path root = Files.createTempDirectory("restripe-pg");
		char[] password = newPassword();
		Path passwordFile = root.resolve("superuser-password");
		Files.writeString(passwordFile, new String(password), StandardCharsets.UTF_8);
		run(List.of("chown", "-R", USER + ":" + USER, root.toString()), root);
		asPostgres(root, BIN.resolve("initdb").toString(), "-D", root.resolve("data").toString(), "-U", USER,
				"--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8");
		Files.delete(passwordFile);
		int port = FreePort.loopback();
		Process postgres = new ProcessBuilder(runuser(BIN.resolve("postgres").toString(), "-D",
				root.resolve("data").toString(), "-p", String.valueOf(port), "-k", root.toString(), "-c",
				"listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "shared_buffers=32MB"))
				.redirectErrorStream(true).redirectOutput(root.resolve("postgres.log").toFile()).start();
		PostgresServer server = new PostgresServer(root, port, password, postgres);
		server.awaitReady();
		return server;
	}

	private static char[] newPassword() {
		String letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		char[] password = new char[24];
		for (int i = 0; i < password.length; i++) {
			password[i] = letters.charAt(random.nextInt(letters.length()));
		}
		return password;
	}

	private static List<String> runuser(String... command) {
		List<String> line = new ArrayList<>(List.of("runuser", "-u", USER, "--"));
		line.addAll(List.of(command));
		return line;
	}

	private static void asPostgres(Path root, String... command) throws IOException {
		run(runuser(command), root);
	}

	private static void run(List<String> command, Path root) throws IOException {
		Path log = root.resolve("setup.log");
		try {
			Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
			if (!p.waitFor(READY_TIMEOUT_MS, TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
				p.destroyForcibly();
				throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running " + command.get(0), e);
		}
	}

	private void awaitReady() throws IOException {
		long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
		while (true) {
			try (Connection c = admin()) {
				return;
			} catch (SQLException notYet) {
				if (!postgres.isAlive() || System.currentTimeMillis() > deadline) {
					stop();
					throw new IOException("PostgreSQL did not come up on port " + port + ": " + notYet.getMessage());
				}
				sleep(100);
			}
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public int port() {
		return port;
	}

	/** The superuser's password (a copy). */
	public char[] password() {
		return password.clone();
	}

	/** {@code jdbc:postgresql://127.0.0.1:PORT/NAME}. */
	public String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** A new, empty database; returns its name. */
	public String createDatabase() {
		String name = "restripe_" + databases.incrementAndGet();
		try (Connection c = admin(); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name);
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
		}
		return name;
	}

	/** A superuser connection to the maintenance database. */
	public Connection admin() throws SQLException {
		Properties login = new Properties();
		login.setProperty("user", USER);
		login.setProperty("password", new String(password));
		return new org.postgresql.Driver().connect(url("postgres"), login);
	}

	/** Stops the server and deletes its directory. */
	public synchronized void stop() {
		if (postgres.isAlive()) {
			try {
				asPostgres(root, BIN.resolve("pg_ctl").toString(), "stop", "-D", root.resolve("data").toString(),
						"-m", "fast", "-w");
			} catch (IOException e) {
				postgres.destroyForcibly();
			}
			try {
				postgres.waitFor(30, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		TempDirs.delete(root);
	}
}
