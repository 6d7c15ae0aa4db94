package org.restripe.ui.monitoring;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;

/** Ongoing monitoring of a site: a round every {@link MonitoringPreferences#every()} until stopped (cancelled). */
public final class MonitoringJob extends SitePollJob {
	/** Ten years: "until stopped" in MonitorRun's terms. */
	private static final Duration UNTIL_STOPPED = Duration.ofDays(3_650);
	private final Duration every = MonitoringPreferences.every();

	MonitoringJob(String site) {
		super("Monitor site " + site, site);
	}

	@Override
	String heading(int round) {
		return "Monitoring " + site + ", round " + round;
	}

	@Override
	Duration total() {
		return UNTIL_STOPPED;
	}

	@Override
	Duration every() {
		return every;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			return super.run(monitor);
		} finally {
			SiteMonitoring.get().ended(site, this);
		}
	}
}
