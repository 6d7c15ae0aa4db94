package org.restripe.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.store.StoreException;

/**
 * Where Restripe keeps its database and site files: the OSGi instance location, which is
 * {@code ~/.restripe} (or the directory chosen in the preferences) unless the workbench was started with
 * {@code -data DIR}.
 */
public record DataDirectory(Path path) {
	public static final String DEFAULT_NAME = ".restripe";
	public static final String DEMO_FILE = "demo-site.restripe";

	public static DataDirectory fromInstanceLocation() throws IOException {
		Location instance = Platform.getInstanceLocation();
		Path path;
		if (instance != null && instance.isSet()) {
			path = toPath(instance.getURL());
		} else {
			// no -data: the directory chosen in Preferences > Restripe > Database, else ~/.restripe
			path = org.restripe.ui.database.DatabaseSettings.configuredDataDirectory()
					.orElse(Paths.get(System.getProperty("user.home"), DEFAULT_NAME));
			if (instance != null && !instance.isReadOnly()) {
				instance.set(path.toUri().toURL(), false);
			}
		}
		Files.createDirectories(path);
		Files.createDirectories(path.resolve("sites"));
		return new DataDirectory(path);
	}

	private static Path toPath(URL url) throws IOException {
		try {
			// Equinox gives file: URLs with unescaped spaces; go through File to be tolerant of that
			return new java.io.File(url.getPath()).toPath().toAbsolutePath().normalize();
		} catch (RuntimeException e) {
			try {
				return Paths.get(url.toURI());
			} catch (URISyntaxException inner) {
				throw new IOException("The data location " + url + " is not a local directory", inner);
			}
		}
	}

	/**
	 * On first start (no site files yet) the bundled demo site is written so the workbench opens on
	 * something to explore. A failure is reported, never half-written: saves are atomic.
	 */
	public void seedDemoSite() throws StoreException {
		try (java.util.stream.Stream<Path> existing = Files.list(sites())) {
			if (existing.findAny().isPresent()) {
				return;
			}
			SiteFiles.save(DemoSite.loadShipped(), sites().resolve(DEMO_FILE));
		} catch (IOException | SiteFileException e) {
			throw new StoreException("Cannot write the demo site into " + sites() + ": " + e.getMessage(), e);
		}
	}

	/** The folder holding the site files (*.restripe) shown in the Sites view. */
	public Path sites() {
		return path.resolve("sites");
	}
}
