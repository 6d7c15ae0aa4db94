package org.restripe.ui.tests;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A Derby Network Server in a process of its own (the Derby jars of the test runtime), with Derby's BUILTIN
 * authentication and one user: a shared database as another center runs it. Its own process, so the
 * workbench's embedded Derby engine is neither rebooted nor shut down by it.
 */
final class DerbyServerProcess implements AutoCloseable {
	private final Process process;
	private final int port;

	private DerbyServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static DerbyServerProcess start(Path home, String user, String password) throws IOException, InterruptedException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", derbyClasspath(), "-Dderby.system.home=" + home, "-Dderby.connection.requireAuthentication=true",
				"-Dderby.authentication.provider=BUILTIN", "-Dderby.user." + user + "=" + password,
				"org.apache.derby.drda.NetworkServerControl", "start", "-h", "127.0.0.1", "-p", Integer.toString(port),
				"-noSecurityManager"));
		java.nio.file.Files.createDirectories(home);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(home.resolve("server.out").toFile()).start();
		DerbyServerProcess server = new DerbyServerProcess(process, port);
		server.awaitListening();
		return server;
	}

	/** Every Derby jar the test runtime has (engine, network server, tools, shared, client). */
	private static String derbyClasspath() throws IOException {
		List<String> jars = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(DerbyServerProcess.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName().toLowerCase(Locale.ROOT);
			if (name.contains("derby") && !name.startsWith("org.restripe")) {
				File file = FileLocator.getBundleFile(bundle);
				jars.add(file.getAbsolutePath());
			}
		}
		return String.join(File.pathSeparator, jars);
	}

	private void awaitListening() throws IOException, InterruptedException {
		long until = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < until) {
			if (!process.isAlive()) {
				throw new IOException("the Derby Network Server ended at once (exit " + process.exitValue() + ")");
			}
			try (Socket probe = new Socket()) {
				probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
				return;
			} catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IOException("the Derby Network Server did not listen on port " + port + " within 60 s");
	}

	/** jdbc:derby://127.0.0.1:PORT/NAME. */
	String url(String database) {
		return "jdbc:derby://127.0.0.1:" + port + "/" + database;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}
}
