package org.restripe.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.restripe.model.ServiceLevel;
import org.restripe.model.persist.SiteFiles;
import org.restripe.monitor.Recommendation;
import org.restripe.monitor.advice.Advisor;
import org.restripe.monitor.advice.Recommendations;
import org.restripe.monitor.advice.SiteSubsystems;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.RequestDesk;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code restripe recommendations SITE}: what the monitoring's samples recommend, most urgent first. */
@Command(name = "recommendations", description = "What the stored monitoring samples of a site recommend, most"
		+ " urgent first: urgency, site, subject, advice, evidence.")
final class RecommendationsCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	StoreOptions store = new StoreOptions();

	@Parameters(index = "0", paramLabel = "SITE", description = "the site's name, as 'restripe monitor --site' stored it")
	String site;

	@Option(names = "--site-file", paramLabel = "SITE.restripe",
			description = "the site's configuration, for which subsystem each array serves (default: each array its own)")
	Path siteFile;

	@Option(names = "--days", paramLabel = "N", defaultValue = "90", description = "how many days back to look (default 90)")
	int days;

	@Option(names = "--propose", description = "turn each recommendation into a request awaiting the customer's"
			+ " approval (one already open for the same subject and change kind is named, not made again)")
	boolean propose;

	@Option(names = "--as", paramLabel = "NAME", description = "who proposes them (default: your user name)")
	String who;

	@Override
	public Integer call() throws Exception {
		if (days < 1) {
			throw new IllegalArgumentException("--days must be 1 or more, not " + days);
		}
		Function<String, String> subsystems = siteFile == null ? Function.identity() : SiteSubsystems.of(SiteFiles.load(siteFile));
		var out = spec.commandLine().getOut();
		try (RestripeDatabase database = store.open()) {
			SampleStore samples = new SampleStore(database::connect);
			List<String> sites = samples.sites();
			if (!sites.contains(site)) {
				throw new IllegalArgumentException("No samples for site '" + site + "' in " + store.data.dataDirectory()
						+ (sites.isEmpty() ? "; run 'restripe monitor' first" : "; sites with samples: " + String.join(", ", sites)));
			}
			// which sites are monitored is the desk's to say: those whose contract includes it (Option 3)
			Contracts contracts = new Contracts(database);
			Recommendations recommendations = new Recommendations(samples, name -> monitored(contracts, name),
					new Advisor(subsystems), Duration.ofDays(days));
			List<Recommendation> ranked = recommendations.forSite(site, Instant.now());
			ranked.forEach(r -> out.println(line(r)));
			out.println(ranked.size() == 1 ? "1 recommendation" : ranked.size() + " recommendations");
			if (propose) {
				propose(new Proposals(new RequestDesk(database)), ranked, out);
			}
		}
		return 0;
	}

	private void propose(Proposals proposals, List<Recommendation> ranked, java.io.PrintWriter out)
			throws StoreException {
		for (Recommendation r : ranked) {
			Proposals.Proposal p = proposals.propose(r, who);
			out.println(r.subject() + " (" + r.kind().getLiteral() + "): " + (p.isNew() ? "proposed as "
					+ p.request().label() + ", awaiting the customer's approval" : "already proposed as "
							+ p.request().label() + " (" + p.request().state().words() + ")"));
		}
	}

	private static boolean monitored(Contracts contracts, String site) {
		try {
			return contracts.forSite(site, null, LocalDate.now()).map(c -> c.level() == ServiceLevel.OPTION3).orElse(false);
		} catch (StoreException e) {
			throw new IllegalStateException("Cannot look up the contract of site " + site + ": " + e.getMessage(), e);
		}
	}

	static String line(Recommendation r) {
		long days = Math.round(r.urgency());
		String urgency = days == 0 ? "now" : days == 1 ? "1 day" : days + " days";
		return String.format("%-9s %s | %s | %s | %s", urgency, r.site(), r.subject(), r.advice(), r.evidence());
	}
}
