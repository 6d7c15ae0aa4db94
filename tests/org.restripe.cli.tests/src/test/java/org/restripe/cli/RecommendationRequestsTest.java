package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.Sample;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.store.RestripeDatabase;

/**
 * {@code restripe recommendations SITE --propose}, {@code restripe request approve} and {@code request decline}:
 * the monitoring's recommendations become requests awaiting the customer's approval, as an engineer types them.
 */
class RecommendationRequestsTest {
	private static final double GB = 1L << 30;
	@TempDir
	Path dir;
	private Path data;
	private Path siteFile;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

	@BeforeEach
	void twoWeeksOfMonitoring() throws Exception {
		data = dir.resolve("data");
		siteFile = dir.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), siteFile);
		Instant now = Instant.now();
		Instant start = now.minus(Duration.ofDays(14));
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i <= 14 * 24; i++) {
			Instant at = start.plus(Duration.ofHours(i));
			double day = i / 24.0 - 14;
			samples.add(new Sample(key("v0 on t3a", Metric.SIZE_BYTES), at, 100 * GB));
			samples.add(new Sample(key("v0 on t3a", Metric.USED_BYTES), at, (31 + 3 * day) * GB));
			if (i >= 24) {
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

	/** Acme Freight, whose site Acme is under an Option {@code level} contract this year. */
	private void contract(int level) {
		LocalDate today = LocalDate.now();
		assertEquals(0, run("customer", "add", "acme", "--name", "Acme Freight Ltd.", "--region", "EMEA"), err());
		assertEquals(0, run("customer", "site", "acme", "Acme", "--location", "Rotterdam"), err());
		assertEquals(0, run("contract", "new", "--customer", "acme", "--level", Integer.toString(level), "--start",
				today.minusDays(30).toString(), "--end", today.plusDays(300).toString()), err());
	}

	private List<String> proposals() {
		return out().lines().filter(l -> l.contains("proposed as request")).toList();
	}

	@Test
	void proposeMakesARequestAwaitingApprovalForEachRecommendationOnlyOnce() {
		contract(3);

		assertEquals(0, run("recommendations", "Acme", "--site-file", siteFile.toString(), "--propose", "--as", "maria"), err());

		List<String> first = proposals();
		assertEquals(List.of("port u1p1 of subsystem Database (performanceBalancing): proposed as request 1, awaiting the"
				+ " customer's approval", "v0 on t3a (capacityAddition): proposed as request 2, awaiting the customer's approval"),
				first, out());
		assertEquals(0, run("request", "show", "2"), err());
		assertTrue(out().contains("awaiting approval"), out());
		assertTrue(out().contains("by maria: recommended by monitoring: capacityAddition"), out());

		assertEquals(0, run("recommendations", "Acme", "--site-file", siteFile.toString(), "--propose"), err());

		assertEquals(List.of("port u1p1 of subsystem Database (performanceBalancing): already proposed as request 1"
				+ " (awaiting approval)", "v0 on t3a (capacityAddition): already proposed as request 2 (awaiting approval)"),
				proposals(), out());
		assertEquals(1, run("request", "show", "3"));
		assertEquals("restripe request show: there is no request 3\n", err());
	}

	@Test
	void anApprovedRecommendationGoesOnIntoTheLifeCycleAndADeclinedOneBackToMonitoring() {
		contract(3);
		assertEquals(0, run("recommendations", "Acme", "--site-file", siteFile.toString(), "--propose"), err());

		assertEquals(0, run("request", "approve", "2", "--why", "PO 4711 signed", "--as", "jan"), err());
		assertEquals("request 2 approved: it is received (by jan); next: configuration determined, declined or cancelled\n",
				out());
		assertEquals(0, run("request", "decline", "1", "--why", "the quarter's budget is spent", "--as", "jan"), err());
		assertEquals("request 1 declined (by jan); Acme stays under monitoring\n", out());

		assertEquals(0, run("request", "move", "2", "configuration determined", "--why", "read from the site"), err());
		assertEquals(0, run("request", "show", "1"), err());
		assertTrue(out().contains("awaiting approval -> declined  by jan: declined, back to monitoring: the quarter's"
				+ " budget is spent"), out());

		// the declined one is no longer open: the next run proposes it anew; the approved one is still open
		assertEquals(0, run("recommendations", "Acme", "--site-file", siteFile.toString(), "--propose"), err());
		assertEquals(List.of("port u1p1 of subsystem Database (performanceBalancing): proposed as request 3, awaiting the"
				+ " customer's approval", "v0 on t3a (capacityAddition): already proposed as request 2 (configuration"
						+ " determined)"), proposals(), out());
	}

	@Test
	void onlyARequestAwaitingApprovalCanBeApprovedOrDeclined() {
		contract(3);
		assertEquals(0, run("recommendations", "Acme", "--site-file", siteFile.toString(), "--propose"), err());
		assertEquals(0, run("request", "approve", "1"), err());

		assertEquals(1, run("request", "decline", "1", "--why", "changed their mind"));
		assertEquals("restripe request decline: request 1 is received, not awaiting approval\n", err());
		assertEquals(1, run("request", "approve", "9"));
		assertEquals("restripe request approve: there is no request 9\n", err());
		assertEquals(2, run("request", "decline", "2"));
		assertTrue(err().contains("Missing required option: '--why=TEXT'"), err());
	}

	@Test
	void proposeRefusesASiteWhoseContractDoesNotIncludeMonitoring() {
		contract(2);

		assertEquals(1, run("recommendations", "Acme", "--propose"));

		assertEquals("restripe recommendations: Site Acme is not monitored: its contract does not include ongoing"
				+ " monitoring (Option 3)\n", err());
		assertEquals(1, run("request", "show", "1"));
	}
}
