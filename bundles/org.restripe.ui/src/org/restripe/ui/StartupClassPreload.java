package org.restripe.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Loads, on the second core, the classes a start is about to need, so that the UI thread finds them loaded: a
 * quarter of the UI thread's start was loading classes one by one while the other core had room. The list is the
 * first start's class loading log, which the {@code restripe} script writes into the configuration area with the
 * class data archive ({@code restripe-classes.log}); no list, no preloading. Classes are loaded, not initialised;
 * a bundle that would be activated by loading its class (lazy activation, not yet active) is left to the start.
 * {@code -Drestripe.preloadClasses=false} turns it off.
 */
final class StartupClassPreload {
	static final String LOG = "restripe-classes.log";
	private static final String SOURCE = " source: file:";
	private static final long ACTIVATION_WAIT_NANOS = 500_000_000L;

	private StartupClassPreload() {
	}

	static void start() {
		if (!Boolean.parseBoolean(System.getProperty("restripe.preloadClasses", "true"))) {
			return;
		}
		Path log = configurationArea();
		if (log == null || !Files.isRegularFile(log = log.resolve(LOG))) {
			return;
		}
		Path list = log;
		Thread preload = new Thread(() -> preload(list), "restripe-class-preload");
		preload.setDaemon(true);
		preload.start();
	}

	private static void preload(Path log) {
		BundleContext context = FrameworkUtil.getBundle(StartupClassPreload.class).getBundleContext();
		Map<String, Bundle> byJar = bundlesByJar(context);
		Set<Bundle> leftAlone = new HashSet<>();
		try {
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				load(line, byJar, leftAlone);
			}
		} catch (IOException | RuntimeException e) {
			// a list that cannot be read only means no head start
		}
	}

	private static void load(String line, Map<String, Bundle> byJar, Set<Bundle> leftAlone) {
		int source = line.indexOf(SOURCE);
		int name = line.indexOf("] ");
		if (source < 0 || name < 0 || name > source) {
			return;
		}
		String jar = line.substring(line.lastIndexOf('/') + 1).strip();
		Bundle bundle = byJar.get(jar);
		if (bundle == null || leftAlone.contains(bundle)) {
			return;
		}
		if (!loadingIsHarmless(bundle) && !awaitActive(bundle)) {
			leftAlone.add(bundle);
			return;
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (wiring == null || wiring.getClassLoader() == null) {
			return;
		}
		try {
			Class.forName(line.substring(name + 2, source).strip(), false, wiring.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			// a class of the first start that this one does not have: nothing to load ahead
		}
	}

	/** Loading a class must not start a bundle on this thread: active ones, or ones without lazy activation. */
	private static boolean loadingIsHarmless(Bundle bundle) {
		int state = bundle.getState();
		if (state == Bundle.ACTIVE) {
			return true;
		}
		boolean lazy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY) != null;
		return !lazy && (state == Bundle.RESOLVED || state == Bundle.STARTING);
	}

	/**
	 * The list follows the first start, so the start itself activates a lazy bundle shortly before its classes are
	 * due: wait for that a moment; a bundle this start does not activate by then is left alone.
	 */
	private static boolean awaitActive(Bundle bundle) {
		long deadline = System.nanoTime() + ACTIVATION_WAIT_NANOS;
		while (System.nanoTime() < deadline) {
			if (bundle.getState() == Bundle.ACTIVE) {
				return true;
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	private static Map<String, Bundle> bundlesByJar(BundleContext context) {
		Map<String, Bundle> byJar = new HashMap<>();
		for (Bundle bundle : context.getBundles()) {
			String location = bundle.getLocation();
			if (location != null && location.endsWith(".jar")) {
				byJar.put(location.substring(location.lastIndexOf('/') + 1).replace("reference:file:", ""), bundle);
			}
		}
		return byJar;
	}

	private static Path configurationArea() {
		Location location = Platform.getConfigurationLocation();
		URL url = location == null ? null : location.getURL();
		if (url == null || !"file".equals(url.getProtocol())) {
			return null;
		}
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(url.getPath());
		}
	}
}
