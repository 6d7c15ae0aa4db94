package org.restripe.connect.run;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.restripe.connect.ConsoleSession;
import org.restripe.connect.Progress;
import org.restripe.connect.Discovery;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.StorageUnit;

/**
 * Reads every array of a site back over the line, one console after the other, through its driver: the
 * current configuration before a change, and the proof after it.
 */
public final class SiteDiscovery {
	private final ArrayConsoles consoles;

	public SiteDiscovery(ArrayConsoles consoles) {
		this.consoles = consoles;
	}

	/** Each array as discovered, by name, with the site's id and name for it. */
	public Map<String, StorageUnit> discover(List<SiteArray> arrays, IProgressMonitor monitor)
			throws IOException, DiscoveryException {
		monitor.beginTask("Discovering " + arrays.size() + " arrays", arrays.size());
		IProgressMonitor progress = monitor;
		Map<String, StorageUnit> found = new LinkedHashMap<>();
		for (SiteArray array : arrays) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException("discovery cancelled");
			}
			try (ConsoleSession console = consoles.login(array.name(), array.driver())) {
				found.put(array.name(), new Discovery(array.driver()).discover(console, array.unit().getId(), array.name(),
						Progress.share(progress, 1)));
			}
		}
		return found;
	}

	/** Each array's differences from the design, by array name; an array equal to its design has none. */
	public static Map<String, List<String>> compare(List<SiteArray> designed, Map<String, StorageUnit> discovered) {
		Map<String, List<String>> differences = new LinkedHashMap<>();
		for (SiteArray array : designed) {
			StorageUnit found = discovered.get(array.name());
			List<String> diff = found == null ? List.of("- array " + array.name() + " was not discovered")
					: ArrayComparison.differences(array.unit(), found, array.driver());
			if (!diff.isEmpty()) {
				differences.put(array.name(), diff);
			}
		}
		return differences;
	}
}
