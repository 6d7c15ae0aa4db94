package org.restripe.ui.operations;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.restripe.model.Site;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.workflow.ConfigurationHistory;
import org.restripe.workflow.ConfigurationVersion;

/**
 * The Configuration History's reads of the database, as jobs off the UI thread: a site's versions, and two
 * versions' sites to compare. A problem comes back as the store's sentence, never as an exception.
 */
final class HistoryJobs {
	/** A site's kept versions, or why they cannot be read. */
	record Versions(List<ConfigurationVersion> versions, String problem) {
	}

	/** Two versions' configurations, or why they cannot be read. */
	record Pair(Site from, Site to, String problem) {
	}

	private HistoryJobs() {
	}

	static void versions(String siteName, Consumer<Versions> done) {
		schedule("Reading the configuration history of " + siteName, () -> {
			try {
				done.accept(new Versions(new ConfigurationHistory(RestripeUi.database()).versions(siteName), null));
			} catch (StoreException | RuntimeException e) {
				done.accept(new Versions(List.of(), "The history of " + siteName + " cannot be read: " + e.getMessage()));
			}
		});
	}

	static void sites(String siteName, int from, int to, Consumer<Pair> done) {
		schedule("Reading versions " + from + " and " + to + " of " + siteName, () -> {
			try {
				ConfigurationHistory history = new ConfigurationHistory(RestripeUi.database());
				done.accept(new Pair(history.site(siteName, from), history.site(siteName, to), null));
			} catch (StoreException | RuntimeException e) {
				done.accept(new Pair(null, null, e.getMessage()));
			}
		});
	}

	private static void schedule(String name, Runnable work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				work.run();
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}
}
