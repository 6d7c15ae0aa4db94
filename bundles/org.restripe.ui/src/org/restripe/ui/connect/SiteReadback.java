package org.restripe.ui.connect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.SecretSource;
import org.restripe.connect.run.ArrayConsoles;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.connect.run.SiteDiscovery;
import org.restripe.connect.run.SiteSession;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.StorageUnit;

/** Reading arrays back over a session and saying, per array, how they compare: what Connect and Run Kit show. */
public final class SiteReadback {
	private SiteReadback() {
	}

	/** Every array's differences from {@code arrays}, discovered over the session's line. */
	public static Map<String, List<String>> differences(SiteSession session, SecretSource secrets,
			RunSettings settings, List<SiteArray> arrays, IProgressMonitor monitor) throws IOException, DiscoveryException {
		return SiteDiscovery.compare(arrays, discover(session, secrets, settings, arrays, monitor));
	}

	/** Every array as its console shows it, by name. */
	public static Map<String, StorageUnit> discover(SiteSession session, SecretSource secrets, RunSettings settings,
			List<SiteArray> arrays, IProgressMonitor monitor) throws IOException, DiscoveryException {
		ArrayConsoles consoles = new ArrayConsoles(session.access(monitor), secrets, session.recording(),
				settings.consoleUser(), settings.replyTimeout());
		return new SiteDiscovery(consoles).discover(arrays, monitor);
	}

	/** One line an array ("t3a: as in the site file"), each difference indented under its array. */
	public static List<String> lines(Map<String, List<String>> differences, List<SiteArray> arrays, String against) {
		List<String> lines = new ArrayList<>();
		for (SiteArray array : arrays) {
			List<String> diff = differences.get(array.name());
			if (diff == null) {
				lines.add(array.name() + ": as " + against);
			} else {
				lines.add(array.name() + ": differs from " + against + " (- " + against + ", + on the array):");
				diff.forEach(d -> lines.add("    " + d));
			}
		}
		return lines;
	}
}
