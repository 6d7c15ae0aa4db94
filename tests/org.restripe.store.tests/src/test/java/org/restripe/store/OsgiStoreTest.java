package org.restripe.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.restripe.store.testing.DerbyNetworkServer;
import org.restripe.store.testing.FreePort;
import org.restripe.store.testing.PostgresServer;

/**
 * The store as the workbench runs it: a bundle in Equinox beside the Derby, Derby client and PostgreSQL
 * bundles, where DriverManager does not hand out drivers and Derby's client messages sit in a package only our
 * fragment exports. Classes are reached by reflection, since the bundle's copies are not this test's.
 */
class OsgiStoreTest {
	@TempDir
	Path dir;
	private Framework framework;

	@AfterEach
	void stop() throws Exception {
		if (framework != null) {
			framework.stop();
			framework.waitForStop(60_000);
		}
	}

	@Test
	void insideOsgiTheStoreOpensBothSharedEnginesAndReportsDerbyClientRefusalsInWords() throws Exception {
		Bundle store = startStoreBundle();
		DerbyNetworkServer derby = DerbyNetworkServer.shared();
		PostgresServer postgres = PostgresServer.shared();

		assertEquals("DERBY_NETWORK " + RestripeDatabase.MIGRATIONS.size(), openAndDescribe(store, derby.url(derby.createDatabase()), null, null));
		assertEquals("POSTGRESQL " + RestripeDatabase.MIGRATIONS.size(), openAndDescribe(store, postgres.url(postgres.createDatabase()), PostgresServer.USER,
				postgres.password()));

		String down = "jdbc:derby://127.0.0.1:" + FreePort.loopback() + "/db";
		assertEquals("Cannot open the Restripe database " + down + ": nothing answers at that host and port: is the"
				+ " database server (restripe store-server, or PostgreSQL) running there, and the port open to you?",
				openAndDescribe(store, down, null, null));
		String locked = derby.url(derby.createDatabaseRequiringLogin("anna", "s3cret"));
		assertEquals("Cannot open the Restripe database " + locked + ": the database refused the user name or"
				+ " password (authentication failed)", openAndDescribe(store, locked, "anna", "guess".toCharArray()));
	}

	/** "ENGINE VERSION" of the opened database, or the refusal's message. */
	private static String openAndDescribe(Bundle store, String url, String user, char[] password) throws Exception {
		Class<?> database = store.loadClass(RestripeDatabase.class.getName());
		Class<?> login = store.loadClass(DatabaseLogin.class.getName());
		Method open = database.getMethod("open", String.class, login);
		Object credentials = login.getMethod("of", String.class, char[].class).invoke(null, user, password);
		try {
			Object db = open.invoke(null, url, credentials);
			String described = database.getMethod("engine").invoke(db) + " " + database.getMethod("schemaVersion").invoke(db);
			database.getMethod("close").invoke(db);
			return described;
		} catch (InvocationTargetException e) {
			if (!e.getCause().getClass().getName().equals(StoreException.class.getName())) {
				throw e; // a MissingResourceException or the like: the very thing this test guards against
			}
			return e.getCause().getMessage();
		}
	}

	private Bundle startStoreBundle() throws Exception {
		// the derby bundle boots its own engine, which logs where this JVM's property says: here, while we run
		System.setProperty("derby.stream.error.file", dir.resolve("derby-osgi.log").toString());
		framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(
				Map.of(Constants.FRAMEWORK_STORAGE, dir.resolve("osgi").toString()));
		framework.start();
		Path bundles = Path.of(System.getProperty("restripe.bundles"));
		List<Path> jars = List.of(jarOf(org.apache.derby.authentication.UserAuthenticator.class),
				derbySharedFragment(jarOf(org.apache.derby.shared.common.error.StandardException.class)),
				jarOf(org.apache.derby.client.ClientAutoloadedDriver.class), jarOf(org.postgresql.Driver.class),
				builtBundle(bundles, "org.restripe.store.derbyclient"), builtBundle(bundles, "org.restripe.store"));
		List<Bundle> installed = new ArrayList<>();
		for (Path jar : jars) {
			installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
		}
		for (Bundle b : installed) {
			if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
				b.start();
			}
		}
		Bundle store = installed.get(installed.size() - 1);
		assertEquals(Bundle.ACTIVE, store.getState(), "the store bundle resolves and starts");
		return store;
	}

	private static Path jarOf(Class<?> type) throws Exception {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private static Path builtBundle(Path bundles, String name) throws IOException {
		try (Stream<Path> files = Files.list(bundles.resolve(name).resolve("target"))) {
			return files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(name) + "-[0-9].*\\.jar"))
					.findFirst().orElseThrow(() -> new IOException(name + " is not built: run the build with -am"));
		}
	}

	/** derbyshared as the target platform makes it: a fragment of derby exporting every package it has. */
	private Path derbySharedFragment(Path derbyshared) throws IOException {
		Path fragment = dir.resolve("org.apache.derby.shared.jar");
		try (JarFile in = new JarFile(derbyshared.toFile())) {
			List<JarEntry> content = in.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/")
					&& !e.getName().equals("module-info.class")).toList();
			TreeSet<String> packages = new TreeSet<>();
			content.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
					.forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
			Manifest manifest = new Manifest();
			Attributes main = manifest.getMainAttributes();
			main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
			main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
			main.putValue(Constants.BUNDLE_SYMBOLICNAME, "org.apache.derby.shared");
			main.putValue(Constants.BUNDLE_VERSION, "10.16.1.1");
			main.putValue(Constants.FRAGMENT_HOST, "derby");
			main.putValue(Constants.EXPORT_PACKAGE, String.join(",", packages));
			try (OutputStream file = Files.newOutputStream(fragment); JarOutputStream out = new JarOutputStream(file, manifest)) {
				for (JarEntry entry : content) {
					out.putNextEntry(new JarEntry(entry.getName()));
					try (InputStream bytes = in.getInputStream(entry)) {
						bytes.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
		return fragment;
	}
}
