package org.restripe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.model.persist.SiteFiles;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Severity;

import picocli.CommandLine.Command;
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

	@Override
	public Integer call() throws Exception {
		List<Finding> findings = Review.standard().review(SiteFiles.load(site));
		var out = spec.commandLine().getOut();
		findings.forEach(out::println);
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		out.printf("%d findings, %d errors%n", findings.size(), errors);
		return errors > 0 ? 1 : 0;
	}
}
