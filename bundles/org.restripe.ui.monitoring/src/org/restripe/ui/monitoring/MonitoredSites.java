package org.restripe.ui.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.monitor.advice.SiteSubsystems;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.store.StoreException;

/**
 * The sites the monitoring views offer: those with a site file in the data directory and those with samples
 * in the store (a site monitored from the command line need not have its file here).
 */
public final class MonitoredSites {
	private static final String EXTENSION = ".restripe";

	private MonitoredSites() {
	}

	/** Site names, sorted. */
	public static List<String> names(Path sitesFolder, SampleStore store) throws StoreException {
		TreeSet<String> names = new TreeSet<>(store.sites());
		try (Stream<Path> files = Files.list(sitesFolder)) {
			files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXTENSION) && !n.endsWith(".desired" + EXTENSION))
					.forEach(n -> names.add(n.substring(0, n.length() - EXTENSION.length())));
		} catch (IOException e) {
			// an unreadable folder offers only the sites with samples; the data directory was checked at start-up
		}
		return List.copyOf(names);
	}

	/** Which subsystem each array of the site serves, from its site file; every array on its own without one. */
	public static Function<String, String> subsystems(Path sitesFolder, String site) {
		Path file = sitesFolder.resolve(site + EXTENSION);
		if (!Files.isRegularFile(file)) {
			return array -> null;
		}
		try {
			return SiteSubsystems.of(SiteFiles.load(file));
		} catch (SiteFileException e) {
			return array -> null; // the Sites view shows why the file does not load
		}
	}
}
