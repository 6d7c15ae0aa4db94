package org.restripe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.restripe.store.StoreException;
import org.restripe.store.StoreServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restripe store-server}: serves this center's database (DATA/db) to other centers as a Derby Network
 * Server until Ctrl-C, which stops it cleanly. Only this machine may connect unless {@code --host} opens it
 * up, and then only with a login ({@code --user}).
 */
@Command(name = "store-server", description = "Serve this center's database to other centers (a Derby Network"
		+ " Server on the data directory) until Ctrl-C; they give --db jdbc:derby://HOST:PORT/db.")
final class StoreServerCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	DataOptions data;

	@Option(names = "--port", paramLabel = "N", defaultValue = "1527", description = "the TCP port (default: 1527)")
	int port;

	@Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "the address to listen"
			+ " on (default: 127.0.0.1, this machine only; 0.0.0.0 for every interface, which needs --user)")
	String host;

	@Option(names = "--user", paramLabel = "NAME", description = "let in only this user, with the password from"
			+ " --password-file or asked on the terminal")
	String user;

	@Option(names = "--password-file", paramLabel = "FILE", description = "the password for --user on the first"
			+ " line of FILE, which must be readable by you only")
	Path passwordFile;

	@Override
	public Integer call() throws Exception {
		if (user == null && !InetAddress.getByName(host).isLoopbackAddress()) {
			throw new IOException("listening on " + host + " lets anyone who reaches port " + port + " read and"
					+ " change every customer's data: give --user NAME (and its password) to require a login");
		}
		char[] password = user == null ? null : password();
		Path dir = data.dataDirectory();
		Files.createDirectories(dir);
		PrintWriter derbyLog = new PrintWriter(Files.newBufferedWriter(dir.resolve("store-server.log")), true);
		StoreServer server = StoreServer.start(dir, host, port, user, password, derbyLog);
		PrintWriter out = spec.commandLine().getOut();
		out.println("Serving the Restripe database in " + dir.resolve(StoreServer.DATABASE) + " on " + host + ":" + port
				+ "; other centers give --db jdbc:derby://" + reachableName() + ":" + port + "/" + StoreServer.DATABASE
				+ (user == null ? "" : " --db-user " + user) + ". Ctrl-C stops it.");
		out.flush();
		awaitInterrupt(server, out, derbyLog);
		return 0;
	}

	private char[] password() throws IOException {
		if (passwordFile != null) {
			return CenterKeyOptions.fromFile(passwordFile);
		}
		java.io.Console console = System.console();
		if (console == null) {
			throw new IOException("the password for --user " + user + " is needed: run on a terminal to be asked,"
					+ " or give --password-file FILE (readable by you only)");
		}
		char[] password = console.readPassword("Password other centers give for %s: ", user);
		if (password == null || password.length == 0) {
			throw new IOException("no password given for " + user);
		}
		return password;
	}

	private String reachableName() {
		try {
			InetAddress address = InetAddress.getByName(host);
			return address.isAnyLocalAddress() ? InetAddress.getLocalHost().getHostName() : host;
		} catch (IOException e) {
			return host;
		}
	}

	/** Ctrl-C (or a plain kill) runs the JVM's shutdown hooks: the server stops and Derby closes the database. */
	private static void awaitInterrupt(StoreServer server, PrintWriter out, PrintWriter derbyLog)
			throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
				out.println("Stopped serving on " + server.host() + ":" + server.port() + "; the database is closed.");
			} catch (StoreException e) {
				out.println("store-server: " + e.getMessage());
			}
			out.flush();
			derbyLog.close();
			stopped.countDown();
		}, "stop store-server"));
		stopped.await();
	}
}
