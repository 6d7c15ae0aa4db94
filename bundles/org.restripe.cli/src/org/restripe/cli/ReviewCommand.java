package org.restripe.cli;

import java.io.PrintStream;
import java.util.List;

import org.restripe.model.persist.SiteFiles;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Severity;

/** {@code restripe review SITE}: the technical review's findings; exit 1 if any is an error. */
final class ReviewCommand implements RestripeCli.Command {
	@Override
	public String summary() {
		return "review SITE.restripe: the review's findings, errors first (exit 1 on errors)";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, List.of());
		List<Finding> findings = Review.standard().review(SiteFiles.load(options.plain(0, "the site file")));
		findings.forEach(out::println);
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		out.printf("%d findings, %d errors%n", findings.size(), errors);
		return errors > 0 ? 1 : 0;
	}
}
