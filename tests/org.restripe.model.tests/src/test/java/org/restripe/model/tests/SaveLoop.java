package org.restripe.model.tests;

import java.nio.file.Path;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.persist.SiteFormat;
import org.restripe.model.samples.LargeSiteGenerator;

/**
 * Run in a forked JVM by {@link KillDuringSaveTest}: saves a large site over and over, changing it each
 * time, until the test kills the process.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		SiteFormat format = SiteFormat.valueOf(args[1]);
		Site site = new LargeSiteGenerator(4, 10, 4, 16).generate(3);
		for (int round = 0;; round++) {
			site.setCustomer("round " + round);
			SiteFiles.save(site, file, format);
			System.out.println("saved " + round);
		}
	}
}
