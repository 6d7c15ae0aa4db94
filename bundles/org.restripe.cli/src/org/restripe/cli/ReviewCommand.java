package org.restripe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code restripe review SITE}: the technical review's findings; exit 1 if any is an error. */
@Command(name = "review", description = "The technical review's findings, errors first (exit 1 on errors).")
final class ReviewCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SITE.restripe", description = "the site configuration to review")
	Path site;

	@Option(names = "--current", paramLabel = "CURRENT.restripe", description = "review SITE as a change from this "
			+ "configuration, entitled by the stored contract of the site's customer when the desk has one")
	Path current;

	@Mixin
	DataOptions data;

	@Mixin
	SharedDatabaseOptions desk;

	@Override
	public Integer call() throws Exception {
		var out = spec.commandLine().getOut();
		List<Site> sites = SiteFiles.load(current == null ? List.of(site) : List.of(site, current));
		Site reviewed = sites.get(0);
		List<Finding> findings = current == null ? Review.standard().review(reviewed)
				: Review.standard().review(sites.get(1), reviewed,
						DeskDatabase.contract(data.dataDirectory(), desk, reviewed, out).orElse(null));
		findings.forEach(out::println);
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		out.printf("%d findings, %d errors%n", findings.size(), errors);
		return errors > 0 ? 1 : 0;
	}
}
