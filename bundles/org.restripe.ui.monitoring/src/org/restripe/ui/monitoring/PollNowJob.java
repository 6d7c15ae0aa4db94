package org.restripe.ui.monitoring;

import java.time.Duration;

/** One round of polling the site's targets, stored as samples. */
public final class PollNowJob extends SitePollJob {
	PollNowJob(String site) {
		super("Poll site " + site, site);
	}

	@Override
	String heading(int round) {
		return "Poll of " + site;
	}

	@Override
	Duration total() {
		return Duration.ofMillis(1);
	}

	@Override
	Duration every() {
		return Duration.ofMillis(1);
	}
}
