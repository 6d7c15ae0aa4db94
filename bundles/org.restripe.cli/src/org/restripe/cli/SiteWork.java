package org.restripe.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.StorageUnit;

/** What the site commands share: the drivers, discovery over a session, and printing its comparison. */
final class SiteWork {
	private SiteWork() {
	}

	static DriverRegistry drivers() {
		return DriverRegistry.fromServiceLoader(SiteWork.class.getClassLoader());
	}

	/** Discovers the arrays over the session's line. */
	static Map<String, StorageUnit> discover(SiteSession session, SecretSource secrets, RunSettings settings,
			List<SiteArray> arrays, IProgressMonitor monitor) throws IOException, DiscoveryException {
		ArrayConsoles consoles = new ArrayConsoles(session.access(monitor), secrets, session.recording(),
				settings.consoleUser(), settings.replyTimeout());
		return new SiteDiscovery(consoles).discover(arrays, monitor);
	}

	/** Prints each array's differences; true when there are none. */
	static boolean printDifferences(Map<String, List<String>> differences, List<SiteArray> arrays, String against,
			PrintWriter out) {
		for (SiteArray array : arrays) {
			List<String> diff = differences.get(array.name());
			if (diff == null) {
				out.println("  " + array.name() + ": as " + against);
			} else {
				out.println("  " + array.name() + ": differs from " + against + " (- " + against + ", + on the array):");
				diff.forEach(d -> out.println("      " + d));
			}
		}
		out.flush();
		return differences.isEmpty();
	}
}
