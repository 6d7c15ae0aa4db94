package org.restripe.bench;

import java.util.Arrays;
import java.util.List;

import org.restripe.model.Site;
import org.restripe.model.samples.LargeSiteGenerator;
import org.restripe.review.Finding;
import org.restripe.review.Review;

/**
 * The full technical review of a site with about 100,000 LUNs. Arguments: subsystems arrays volumes luns
 * (default 25 63 4 16, which is 100,800 LUNs). Prints the first (cold) run and the median of the rest.
 */
public final class ReviewBench {

	private static final int RUNS = 11;

	private ReviewBench() {
	}

	public static void main(String[] args) throws Exception {
		int[] p = args.length == 4 ? new int[] { Integer.parseInt(args[0]), Integer.parseInt(args[1]),
				Integer.parseInt(args[2]), Integer.parseInt(args[3]) } : new int[] { 25, 63, 4, 16 };
		Bench.header("review");
		Site site = new LargeSiteGenerator(p[0], p[1], p[2], p[3]).generate(42);
		Bench.print("LUNs", (double) p[0] * p[1] * p[2] * p[3], "", null);
		Review review = Review.standard();
		double[] millis = new double[RUNS];
		int findings = 0;
		for (int i = 0; i < RUNS; i++) {
			Bench.Timed<List<Finding>> run = Bench.time(() -> review.review(site));
			millis[i] = run.millis();
			findings = run.value().size();
		}
		Bench.print("review first run", millis[0], "ms", "<= 1000 ms");
		double[] warm = Arrays.copyOfRange(millis, 1, RUNS);
		Arrays.sort(warm);
		Bench.print("review median of " + warm.length + " warm runs", warm[warm.length / 2], "ms", "<= 1000 ms");
		Bench.print("findings", findings, "", null);
	}
}
