package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
import org.restripe.store.RestripeDatabase;

/**
 * Monitoring as a user sees it: a simulated site whose load profile runs one port hot, one of its disks failed,
 * three weeks of history for a volume that fills; {@code restripe monitor} adds today's rounds, {@code restripe
 * recommendations} ranks the advice, {@code --propose} and {@code request approve/decline} take it to the desk.
 */
@Timeout(180)
class MonitoringEndToEndTest {
	private static final double GB = 1L << 30;
	@TempDir
	Path dir;
	private Path data;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void monitorRecommendProposeApproveDecline() throws Exception {
		data = dir.resolve("data");
		Path state = Files.createDirectories(dir.resolve("state"));
		// t3a's volume serves ten times the requests of its neighbours: its port carries most of Database's I/O
		Files.writeString(state.resolve("load.properties"), "volume.t3a.v0.requestsPerSecond=40000\n"
				+ "volume.t3a.v0.usedPercent=60\n");
		Path siteFile = dir.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), siteFile);
		contract();
		int port = freeUdpPort();
		String target = "127.0.0.1/" + port;
		try (SimulatedSite site = new SimulatedSite(DemoSite.create(), SiteOptions.forTests().withStateDir(state)
				.withSnmpPort(port), line -> { })) {
			site.array("t3a").failDisk("u1d4");
			assertEquals(0, run("monitor", "--site", "Acme", "--for", "1s", "--every", "1s", target), out() + err());
			history(target);
			assertEquals(0, run("monitor", "--site", "Acme", "--for", "3s", "--every", "1s", target), out() + err());
			assertEquals(3, out().lines().filter(l -> l.matches("round \\d: 1 of 1 targets answered, \\d+ samples stored")).count(),
					out());
		}

		assertEquals(0, run("recommendations", "Acme", "--site-file", siteFile.toString()), err());

		List<String> lines = out().lines().toList();
		int disk = indexOf(lines, "now       Acme | u1d4 on t3a | disk u1d4 on t3a failed: replace it");
		int balance = indexOf(lines, "7 days    Acme | port u1p1 of subsystem Database | port u1p1 carries");
		int capacity = indexOf(lines, "Acme | v0 on t3a | v0 on t3a fills in ");
		assertTrue(disk < balance && balance < capacity, "ranked most urgent first:\n" + out());
		assertTrue(lines.get(capacity).matches("\\d+ days +Acme \\| v0 on t3a \\| v0 on t3a fills in \\d+ days.*: add capacity \\|.*"),
				lines.get(capacity));

		assertEquals(0, run("recommendations", "Acme", "--site-file", siteFile.toString(), "--propose", "--as", "maria"), err());
		int capacityRequest = proposed("v0 on t3a (capacityAddition)");
		int balanceRequest = proposed("port u1p1 of subsystem Database (performanceBalancing)");
		proposed("u1d4 on t3a (hotStandby)");

		assertEquals(0, run("request", "approve", Integer.toString(capacityRequest), "--why", "PO 4711"), err());
		assertEquals(0, run("request", "move", Integer.toString(capacityRequest), "configuration determined", "--why",
				"read from the site"), err());
		assertTrue(out().startsWith("request " + capacityRequest + " is configuration determined"), out());
		assertEquals(0, run("request", "decline", Integer.toString(balanceRequest), "--why", "peak season, not now"), err());
		assertEquals("request " + balanceRequest + " declined (by " + System.getProperty("user.name")
				+ "); Acme stays under monitoring\n", out());

		// still monitored: the declined advice is there on the next look, the approved one is under way
		assertEquals(0, run("recommendations", "Acme", "--site-file", siteFile.toString(), "--propose"), err());
		assertTrue(out().contains("port u1p1 of subsystem Database (performanceBalancing): proposed as request "), out());
		assertTrue(out().contains("v0 on t3a (capacityAddition): already proposed as request " + capacityRequest
				+ " (configuration determined)"), out());
	}

	/**
	 * The monitoring's history: the three weeks before today, written through the store as earlier runs of
	 * {@code restripe monitor} would have (the simulator's clock cannot give weeks of growth in a test's minutes).
	 * v0 on t3a grew 4 GB a day up to what the live round read.
	 */
	private void history(String target) throws Exception {
		try (RestripeDatabase database = RestripeDatabase.openEmbedded(data)) {
			SampleStore store = new SampleStore(database::connect);
			SeriesKey used = new SeriesKey("Acme", target, "v0 on t3a", Metric.USED_BYTES);
			SeriesKey size = new SeriesKey("Acme", target, "v0 on t3a", Metric.SIZE_BYTES);
			var today = store.readSite("Acme", Instant.EPOCH, Instant.now().plusSeconds(1));
			SeriesPoint usedNow = today.get(used).get(0);
			double sizeNow = today.get(size).get(0).last();
			Instant now = Instant.ofEpochMilli(usedNow.atMillis());
			List<Sample> samples = new ArrayList<>();
			for (int hoursAgo = 21 * 24; hoursAgo >= 1; hoursAgo--) {
				Instant at = now.minus(Duration.ofHours(hoursAgo));
				samples.add(new Sample(used, at, usedNow.last() - 4 * GB * hoursAgo / 24.0));
				samples.add(new Sample(size, at, sizeNow));
			}
			store.write(samples);
			store.rollUp(Instant.now());
		}
	}

	private int proposed(String subject) {
		Matcher m = Pattern.compile("(?m)^" + Pattern.quote(subject) + ": proposed as request (\\d+), awaiting the"
				+ " customer's approval$").matcher(out());
		assertTrue(m.find(), subject + " proposed:\n" + out());
		return Integer.parseInt(m.group(1));
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("no line with '" + text + "' in\n" + String.join("\n", lines));
	}

	private void contract() {
		LocalDate today = LocalDate.now();
		assertEquals(0, run("customer", "add", "acme", "--name", "Acme Freight Ltd.", "--region", "EMEA"), err());
		assertEquals(0, run("customer", "site", "acme", "Acme", "--location", "Rotterdam"), err());
		assertEquals(0, run("contract", "new", "--customer", "acme", "--level", "3", "--start",
				today.minusDays(30).toString(), "--end", today.plusDays(300).toString()), err());
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--data", data.toString()));
		return new RestripeCli().run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static int freeUdpPort() throws Exception {
		try (DatagramSocket socket = new DatagramSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
