package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.monitor.trend.Counters;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.ModemTimings;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.monitoring.DashboardView;
import org.restripe.ui.monitoring.MonitoringPreferences;
import org.restripe.ui.monitoring.SiteMonitoring;
import org.restripe.ui.monitoring.TargetsDialog;
import org.restripe.ui.views.SiteFile;

/**
 * Poll Now on the demo site, played by the simulator with its SNMP agent on a loopback UDP port: the engineer
 * sets the site's target in the Targets dialog, presses Poll Now, and the samples land in the store and in the
 * dashboard's charts; a second poll gives each port's load.
 */
class MonitoringPollTest {
	private static final String SITE = "demo-site";

	@Test
	void pollNowStoresTheAgentsSamplesAndTheChartsShowThem() throws Exception {
		int port = freeUdpPort();
		SiteFile demo = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE));
		Queue<String> log = new ConcurrentLinkedQueue<>();
		try (SimulatedSite simulator = new SimulatedSite(EcoreUtil.copy(demo.site()), new SiteOptions(null, null, 30_000,
				ModemTimings.fast(), "sesame42", "dialme", port, "public"), log::add);
				ShellBot bot = new ShellBot()) {
			IWorkbenchPage page = MonitoringBench.monitoringPerspective();
			DashboardView dashboard = (DashboardView) page.findView(DashboardView.ID);
			bot.dispatchUntil(() -> dashboard.siteCombo().indexOf(SITE) >= 0, 60, "the dashboard offers the demo site");
			int read = dashboard.readsShown();
			ShellBot.choose(dashboard.siteCombo(), SITE);
			bot.dispatchUntil(() -> dashboard.readsShown() > read, 60, "the demo site's dashboard is read");

			setTargetInTheDialog(bot, dashboard, port);
			assertEquals(List.of("127.0.0.1:" + port), MonitoringPreferences.targets(SITE));

			ShellBot.press(dashboard.pollNowButton());
			bot.dispatchUntil(() -> dashboard.capacityChart().usedSeries().getItemCount() > 0
					&& dashboard.messageText().contains("answered"), 90, "the first poll's samples reach the chart: "
							+ dashboard.messageText());
			assertTrue(dashboard.messageText().contains("1 of 1 target answered"), dashboard.messageText());
			Map<SeriesKey, List<SeriesPoint>> used = storedUsedSpace();
			assertFalse(used.isEmpty(), "used-space samples of the demo site are in the store");
			assertEquals(used.size(), dashboard.volumeTable().getItemCount(), "a row a volume read");
			assertTheChartHoldsTheStoredUsedSpace(dashboard, used);

			int before = dashboard.readsShown();
			ShellBot.press(dashboard.pollNowButton());
			bot.dispatchUntil(() -> dashboard.readsShown() > before && dashboard.portLoadChart().dataset().getColumnCount() > 0,
					90, "the second poll gives the ports' loads");
			assertTrue(dashboard.messageText().startsWith("Poll of demo-site: 1 of 1 target answered"),
					dashboard.messageText());
			assertThePortChartHoldsTheStoredRequests(dashboard);
			assertTrue(dashboard.portShareText().contains("of the I/O of subsystem"), dashboard.portShareText());
			ShellBot.shot(page.getWorkbenchWindow().getShell(), "monitoring-poll.png");
		} finally {
			MonitoringPreferences.set(SITE, "", null);
		}
	}

	/**
	 * An Option 3 site monitored every second: Start Monitoring runs a job shown in the Progress view whose rounds
	 * land in the store and the view; Stop Monitoring ends it and the button offers to start again.
	 */
	@Test
	void startMonitoringPollsRoundAfterRoundUntilStopped() throws Exception {
		String site = "monitored-site";
		int port = freeUdpPort();
		SiteFile demo = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE));
		MonitoringBench.contract("monitored-co", site, org.restripe.model.ServiceLevel.OPTION3);
		MonitoringPreferences.set(site, "127.0.0.1:" + port, "public");
		MonitoringPreferences.setEvery(Duration.ofSeconds(1));
		try (SimulatedSite simulator = new SimulatedSite(EcoreUtil.copy(demo.site()), new SiteOptions(null, null, 30_000,
				ModemTimings.fast(), "sesame42", "dialme", port, "public"), line -> { });
				ShellBot bot = new ShellBot()) {
			IWorkbenchPage page = MonitoringBench.monitoringPerspective();
			DashboardView dashboard = (DashboardView) page.findView(DashboardView.ID);
			int read = dashboard.readsShown();
			dashboard.choose(site);
			bot.dispatchUntil(() -> dashboard.readsShown() > read && dashboard.monitorButton().isEnabled(), 60,
					"Option 3: Start Monitoring is offered: " + dashboard.contractText());
			assertEquals("Start Monitoring", dashboard.monitorButton().getText());
			ShellBot.press(dashboard.monitorButton());
			assertEquals("Stop Monitoring", dashboard.monitorButton().getText());
			assertFalse(dashboard.pollNowButton().isEnabled(), "monitoring polls already");
			waitQuietly(bot, () -> dashboard.messageText().startsWith("Monitoring monitored-site, round 3: 1 of 1 target"), 90);
			assertTrue(dashboard.messageText().startsWith("Monitoring monitored-site, round 3: 1 of 1 target"),
					"three rounds: " + dashboard.messageText());
			assertTrue(java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
					.anyMatch(j -> j.getName().equals("Monitor site monitored-site")), "the job is under way (Progress view)");
			ShellBot.press(dashboard.monitorButton());
			waitQuietly(bot, () -> dashboard.monitorButton().getText().equals("Start Monitoring")
					&& dashboard.messageText().equals("Monitoring of monitored-site stopped"), 30);
			assertEquals("Start Monitoring", dashboard.monitorButton().getText());
			assertEquals("Monitoring of monitored-site stopped", dashboard.messageText());
			assertFalse(SiteMonitoring.get().isMonitoring(site));
			Instant now = Instant.now();
			long rounds = MonitoringBench.store().readSite(site, now.minus(Duration.ofHours(1)), now.plusSeconds(60),
					key -> key.metric().equals(Metric.USED_BYTES)).values().stream().mapToLong(List::size).max().orElse(0);
			assertTrue(rounds >= 3, "a used-space sample a round: " + rounds);
			assertTrue(dashboard.pollNowButton().isEnabled());
		} finally {
			MonitoringPreferences.set(site, "", null);
			MonitoringPreferences.setEvery(Duration.ofSeconds(MonitoringPreferences.DEFAULT_EVERY_SECONDS));
		}
	}

	/** Runs the event loop until {@code done} or the time is up; the caller asserts with what the view says then. */
	private static void waitQuietly(ShellBot bot, java.util.function.BooleanSupplier done, int seconds) {
		try {
			bot.dispatchUntil(done, seconds, "");
		} catch (AssertionError e) {
			// asserted by the caller, with the view's text
		}
	}

	private static void setTargetInTheDialog(ShellBot bot, DashboardView dashboard, int port) {
		bot.whenOpen(TargetsDialog.TITLE, shell -> {
			TargetsDialog dialog = (TargetsDialog) shell.getData();
			dialog.targetsField().setText("127.0.0.1");
			assertEquals("Targets: '127.0.0.1' is not HOST:PORT (e.g. 127.0.0.1:16161)", dialog.getErrorMessage());
			dialog.targetsField().setText("127.0.0.1:" + port);
			assertEquals(null, dialog.getErrorMessage());
			ShellBot.press(shell, "Save");
		});
		Shell view = dashboard.siteCombo().getShell();
		ShellBot.press(view, "Targets...");
		bot.dispatchUntil(() -> bot.handled(TargetsDialog.TITLE) == 1, 30, "the Targets dialog was answered");
	}

	private static Map<SeriesKey, List<SeriesPoint>> storedUsedSpace() throws Exception {
		Instant now = Instant.now();
		Map<SeriesKey, List<SeriesPoint>> used = MonitoringBench.store().readSite(SITE, now.minus(Duration.ofDays(1)),
				now.plusSeconds(60), key -> key.metric().equals(Metric.USED_BYTES));
		used.values().removeIf(List::isEmpty);
		return used;
	}

	/** The volume shown is one whose stored used space is the chart's line, point for point. */
	private static void assertTheChartHoldsTheStoredUsedSpace(DashboardView dashboard, Map<SeriesKey, List<SeriesPoint>> used) {
		TableItem shown = dashboard.volumeTable().getSelection()[0];
		List<SeriesPoint> stored = used.entrySet().stream().filter(e -> e.getKey().object().equals(shown.getText(0)))
				.findFirst().orElseThrow().getValue();
		XYSeries series = dashboard.capacityChart().usedSeries();
		assertEquals(stored.size(), series.getItemCount(), "one point a stored sample of " + shown.getText(0));
		for (int i = 0; i < stored.size(); i++) {
			assertEquals(stored.get(i).meanAtMillis(), series.getX(i).longValue());
			assertEquals(stored.get(i).mean() / MonitoringBench.GB, series.getY(i).doubleValue(), 1e-9);
		}
		assertTrue(shown.getText(1).contains("% of ") && shown.getText(1).endsWith(" used"), shown.getText(1));
		assertTrue(dashboard.fillText().startsWith(shown.getText(0)), dashboard.fillText());
	}

	/** Each port's bar is what the store counted for it over the last two weeks, and more than nothing. */
	private static void assertThePortChartHoldsTheStoredRequests(DashboardView dashboard) throws Exception {
		Instant now = Instant.now();
		Map<SeriesKey, List<SeriesPoint>> requests = MonitoringBench.store().readSite(SITE, now.minus(Duration.ofDays(14)),
				now.plusSeconds(60), key -> key.metric().equals(Metric.PORT_REQUESTS));
		DefaultCategoryDataset bars = dashboard.portLoadChart().dataset();
		assertEquals(requests.size(), bars.getColumnCount(), "a bar a port: " + bars.getColumnKeys());
		double total = 0;
		for (Map.Entry<SeriesKey, List<SeriesPoint>> port : requests.entrySet()) {
			int column = bars.getColumnIndex(port.getKey().object());
			assertTrue(column >= 0, port.getKey().object() + " has a bar");
			double bar = 0;
			for (int row = 0; row < bars.getRowCount(); row++) {
				Number value = bars.getValue(row, column);
				bar += value == null ? 0 : value.doubleValue();
			}
			assertEquals(Counters.increase(port.getValue()), bar, 1e-6, port.getKey().object());
			total += bar;
		}
		assertTrue(total > 0, "the simulated hosts' I/O shows on the ports");
	}

	private static int freeUdpPort() throws Exception {
		try (DatagramSocket socket = new DatagramSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
