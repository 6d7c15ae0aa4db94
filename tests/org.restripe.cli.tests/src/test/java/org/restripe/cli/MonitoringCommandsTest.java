package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.Sample;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.ModemTimings;
import org.restripe.store.RestripeDatabase;

/** {@code restripe monitor} against the simulated site's SNMP agent, and {@code restripe recommendations} from the store. */
class MonitoringCommandsTest {
	private static final double GB = 1L << 30;
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new RestripeCli().run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Acme Freight, whose site Acme is under an Option {@code level} contract this year. */
	private void contract(Path data, int level) {
		LocalDate today = LocalDate.now();
		assertEquals(0, run("customer", "add", "acme", "--name", "Acme Freight Ltd.", "--region", "EMEA", "--data",
				data.toString()), err());
		assertEquals(0, run("customer", "site", "acme", "Acme", "--location", "Rotterdam", "--data", data.toString()), err());
		assertEquals(0, run("contract", "new", "--customer", "acme", "--level", Integer.toString(level), "--start",
				today.minusDays(30).toString(), "--end", today.plusDays(300).toString(), "--data", data.toString()), err());
	}

	/** Two weeks of hourly samples: v0 on t3a fills in 23 days, t3a's port carries 80 % of the Database subsystem's I/O. */
	private void seed(Path data) throws Exception {
		Instant now = Instant.now();
		Instant start = now.minus(Duration.ofDays(14));
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i <= 14 * 24; i++) {
			Instant at = start.plus(Duration.ofHours(i));
			double day = i / 24.0 - 14;
			samples.add(new Sample(key("v0 on t3a", Metric.SIZE_BYTES), at, 100 * GB));
			samples.add(new Sample(key("v0 on t3a", Metric.USED_BYTES), at, (31 + 3 * day) * GB));
			if (i >= 24) { // the ports are judged on the last two weeks: keep clear of its edge
				samples.add(new Sample(key("u1p1 on t3a", Metric.PORT_REQUESTS), at, 800));
				samples.add(new Sample(key("u1p1 on t3b", Metric.PORT_REQUESTS), at, 200));
			}
		}
		try (RestripeDatabase database = RestripeDatabase.openEmbedded(data)) {
			SampleStore store = new SampleStore(database::connect);
			store.write(samples);
			store.rollUp(now);
		}
	}

	private static SeriesKey key(String object, String metric) {
		return new SeriesKey("Acme", "127.0.0.1/16161", object, metric);
	}

	@Test
	void recommendationsPrintsTheSitesRecommendationsRanked() throws Exception {
		Path data = dir.resolve("data");
		seed(data);
		contract(data, 3);
		Path siteFile = dir.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), siteFile);

		assertEquals(0, run("recommendations", "Acme", "--data", data.toString(), "--site-file", siteFile.toString()), err());

		String[] lines = out().split("\n");
		assertEquals(3, lines.length, out());
		assertEquals("7 days    Acme | port u1p1 of subsystem Database | port u1p1 carries 80% of the I/O of subsystem"
				+ " Database: balance channels | u1p1 on t3a: 80% of 313,000 requests over 2 ports; a fair share is 50%",
				lines[0]);
		assertTrue(lines[1].startsWith("23 days   Acme | v0 on t3a | v0 on t3a fills in 23 days"), lines[1]);
		assertTrue(lines[1].endsWith("| 31% of 100.0 GB used, growing 3.0 GB/day; 337 samples over 14 days; 95% prediction interval"),
				lines[1]);
		assertEquals("2 recommendations", lines[2]);
	}

	@Test
	void recommendationsAreOnlyForSitesWhoseContractIncludesMonitoring() throws Exception {
		Path data = dir.resolve("data");
		seed(data);
		contract(data, 2);

		assertEquals(1, run("recommendations", "Acme", "--data", data.toString()));

		assertEquals("restripe recommendations: Site Acme is not monitored: its contract does not include ongoing"
				+ " monitoring (Option 3)\n", err());
		assertEquals("", out());
	}

	@Test
	void recommendationsForASiteWithoutSamplesSaysWhichSitesHaveThem() throws Exception {
		Path data = dir.resolve("data");
		seed(data);

		assertEquals(1, run("recommendations", "Globex", "--data", data.toString()));

		assertEquals("restripe recommendations: No samples for site 'Globex' in " + data + "; sites with samples: Acme\n", err());
	}

	@Test
	void monitorPollsTheSimulatedSitesAgentAndStoresItsVolumesAndDisks() throws Exception {
		int port = freeUdpPort();
		Path data = dir.resolve("data");
		try (SimulatedSite site = new SimulatedSite(DemoSite.create(),
				new SiteOptions(null, null, 30_000, ModemTimings.fast(), "secret", "dialme", port, "public"), line -> { })) {

			int code = run("monitor", "--site", "Acme", "--for", "3s", "--every", "1s", "--data", data.toString(),
					"127.0.0.1/" + port);

			assertEquals(0, code, out() + err());
		}
		List<String> rounds = out().lines().filter(l -> l.startsWith("round ")).toList();
		assertEquals(3, rounds.size(), out());
		assertTrue(rounds.get(0).matches("round 1: 1 of 1 targets answered, \\d+ samples stored"), rounds.get(0));
		Map<SeriesKey, List<SeriesPoint>> stored;
		try (RestripeDatabase database = RestripeDatabase.openEmbedded(data)) {
			stored = new SampleStore(database::connect).readSite("Acme", Instant.EPOCH, Instant.now());
		}
		String target = "127.0.0.1/" + port;
		for (String volume : List.of("v0 on t3a", "v0 on t3b", "v0 on t3c", "v0 on t3d", "v0 on se6120", "v1 on se6120")) {
			List<SeriesPoint> used = stored.get(new SeriesKey("Acme", target, volume, Metric.USED_BYTES));
			assertEquals(3, used == null ? 0 : used.size(), volume + " used bytes, one a round");
			assertEquals(3, stored.get(new SeriesKey("Acme", target, volume, Metric.SIZE_BYTES)).size(), volume);
			assertEquals(2, stored.get(new SeriesKey("Acme", target, volume, Metric.VOLUME_REQUESTS)).size(),
					volume + " request increases, from the second round on");
		}
		assertEquals(3, stored.get(new SeriesKey("Acme", target, "u1d9 on t3a", Metric.DISK_ROLE)).size());
	}

	@Test
	void monitorSaysWhichTargetDidNotAnswerAndFails() throws Exception {
		int port = freeUdpPort();

		int code = run("monitor", "--site", "Acme", "--for", "1s", "--every", "1s", "--data", dir.resolve("data").toString(),
				"127.0.0.1/" + port);

		assertEquals(1, code);
		assertTrue(out().startsWith("round 1: 0 of 1 targets answered, 0 samples stored\n  127.0.0.1/" + port + ": "),
				out());
	}

	@Test
	void monitorRefusesARoundLongerThanTheRun() {
		assertEquals(1, run("monitor", "--site", "Acme", "--for", "5s", "--every", "10s", "127.0.0.1/16161"));
		assertEquals("restripe monitor: --every 10s is longer than --for 5s\n", err());
	}

	private static int freeUdpPort() throws Exception {
		try (DatagramSocket socket = new DatagramSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
