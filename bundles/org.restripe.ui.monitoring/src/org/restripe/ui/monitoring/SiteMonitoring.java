package org.restripe.ui.monitoring;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.PollerSettings;
import org.restripe.monitor.poll.SnmpPoller;
import org.restripe.monitor.samples.MonitorRun;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.ui.RestripeUi;

/**
 * The workbench's polling of sites: one poller for all of them, one {@link MonitorRun} per site and set of
 * targets (it remembers each counter's last reading, so the second Poll Now already gives port loads), the
 * ongoing monitoring jobs, and who wants to hear that samples landed.
 */
public final class SiteMonitoring {
	private static final SiteMonitoring INSTANCE = new SiteMonitoring();

	private final Map<String, Runs> runs = new HashMap<>();
	private final Map<String, MonitoringJob> ongoing = new HashMap<>();
	private final List<Consumer<String>> landed = new CopyOnWriteArrayList<>();
	private final List<Runnable> stateChanged = new CopyOnWriteArrayList<>();
	private final List<Consumer<String>> chosen = new CopyOnWriteArrayList<>();
	private SnmpPoller poller;

	private record Runs(List<PollTarget> targets, MonitorRun run) {
	}

	private SiteMonitoring() {
	}

	public static SiteMonitoring get() {
		return INSTANCE;
	}

	/** The site's run for these targets: the same one while the targets stay the same. */
	synchronized MonitorRun runFor(String site, List<PollTarget> targets) throws IOException {
		Runs known = runs.get(site);
		if (known != null && known.targets().equals(targets)) {
			return known.run();
		}
		if (poller == null) {
			poller = SnmpPoller.open(PollerSettings.defaults());
		}
		MonitorRun run = new MonitorRun(poller, new SampleStore(RestripeUi.database()::connect), site, targets);
		runs.put(site, new Runs(List.copyOf(targets), run));
		return run;
	}

	/** Polls the site's targets once, as a job; {@code prepare} sees it before it starts. */
	PollNowJob pollNow(String site, Consumer<SitePollJob> prepare) {
		PollNowJob job = new PollNowJob(site);
		prepare.accept(job);
		job.schedule();
		return job;
	}

	/**
	 * Starts polling the site every {@link MonitoringPreferences#every()} until stopped; the running job if one is.
	 * {@code prepare} sees a new job before it starts.
	 */
	synchronized MonitoringJob start(String site, Consumer<SitePollJob> prepare) {
		MonitoringJob job = ongoing.get(site);
		if (job == null) {
			job = new MonitoringJob(site);
			ongoing.put(site, job);
			prepare.accept(job);
			job.schedule();
		}
		stateChanged.forEach(Runnable::run);
		return job;
	}

	/** Asks the site's monitoring to stop (it ends within a fraction of a second). */
	public synchronized void stop(String site) {
		MonitoringJob job = ongoing.get(site);
		if (job != null) {
			job.cancel();
		}
	}

	public synchronized boolean isMonitoring(String site) {
		return ongoing.containsKey(site);
	}

	synchronized void ended(String site, MonitoringJob job) {
		ongoing.remove(site, job);
		stateChanged.forEach(Runnable::run);
	}

	/** Told the site's name, from a job's thread, whenever a round's samples were stored. */
	public void onSamplesLanded(Consumer<String> listener) {
		landed.add(listener);
	}

	public void removeSamplesListener(Consumer<String> listener) {
		landed.remove(listener);
	}

	/** Told, from any thread, when a site's ongoing monitoring starts or ends. */
	public void onMonitoringChanged(Runnable listener) {
		stateChanged.add(listener);
	}

	public void removeMonitoringListener(Runnable listener) {
		stateChanged.remove(listener);
	}

	/** Told, on the UI thread, which site the engineer chose in one of the monitoring views. */
	public void onSiteChosen(Consumer<String> listener) {
		chosen.add(listener);
	}

	public void removeSiteListener(Consumer<String> listener) {
		chosen.remove(listener);
	}

	/** The views show the same site: choosing one in a view chooses it in the others. */
	void siteChosen(String site) {
		chosen.forEach(l -> l.accept(site));
	}

	void samplesLanded(String site) {
		landed.forEach(l -> l.accept(site));
	}

	/** Stops every site's monitoring and closes the poller. */
	synchronized void close() {
		ongoing.values().forEach(MonitoringJob::cancel);
		runs.clear();
		if (poller != null) {
			try {
				poller.close();
			} catch (IOException e) {
				// shutting down: the socket goes with the process
			}
			poller = null;
		}
	}
}
