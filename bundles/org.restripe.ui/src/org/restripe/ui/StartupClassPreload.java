package org.restripe.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * the classes of a bundle that loading them would activate (lazy activation) wait until the start activates it.
 * {@code -Drestripe.preloadClasses=false} turns it off.
 */
final class StartupClassPreload {
	static final String LOG = "restripe-classes.log";
	private static final String SOURCE = " source: file:";
	/** After the list, how long lazy bundles not yet activated are waited for. */
	private static final long ACTIVATION_WAIT_NANOS = 3_000_000_000L;

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
		Map<Bundle, List<String>> awaitingActivation = new LinkedHashMap<>();
		Map<Bundle, Boolean> lazy = new HashMap<>();
		try {
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				int source = line.indexOf(SOURCE);
				int name = line.indexOf("] ");
				Bundle bundle = source < 0 || name < 0 || name > source ? null
						: byJar.get(line.substring(line.lastIndexOf('/') + 1).strip());
				if (bundle != null) {
					String className = line.substring(name + 2, source).strip();
					if (loadingIsHarmless(bundle, lazy)) {
						load(bundle, className);
					} else {
						awaitingActivation.computeIfAbsent(bundle, b -> new ArrayList<>()).add(className);
					}
				}
				loadThoseActivated(awaitingActivation);
			}
			long deadline = System.nanoTime() + ACTIVATION_WAIT_NANOS;
			while (!awaitingActivation.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(10);
				loadThoseActivated(awaitingActivation);
			}
		} catch (IOException | RuntimeException e) {
			// a list that cannot be read only means no head start
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The start has activated some lazy bundles meanwhile: their classes can be loaded now. */
	private static void loadThoseActivated(Map<Bundle, List<String>> awaitingActivation) {
		for (var it = awaitingActivation.entrySet().iterator(); it.hasNext();) {
			var waiting = it.next();
			if (waiting.getKey().getState() == Bundle.ACTIVE) {
				it.remove();
				for (String className : waiting.getValue()) {
					load(waiting.getKey(), className);
				}
			}
		}
	}

	private static void load(Bundle bundle, String className) {
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (wiring == null || wiring.getClassLoader() == null) {
			return;
		}
		try {
			Class.forName(className, false, wiring.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			// a class of the first start that this one does not have: nothing to load ahead
		}
	}

	/**
	 * Loading a class must not start a bundle on this thread: active ones, or ones without lazy activation; a lazy
	 * one waits until the start activates it.
	 */
	private static boolean loadingIsHarmless(Bundle bundle, Map<Bundle, Boolean> lazy) {
		int state = bundle.getState();
		if (state == Bundle.ACTIVE) {
			return true;
		}
		boolean activatedByLoading = lazy.computeIfAbsent(bundle,
				b -> b.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY) != null);
		return !activatedByLoading && (state == Bundle.RESOLVED || state == Bundle.STARTING);
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
