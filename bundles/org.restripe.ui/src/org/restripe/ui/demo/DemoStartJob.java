package org.restripe.ui.demo;

import java.io.IOException;
import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.restripe.model.persist.SiteFileException;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.ui.DataDirectory;

/**
 * The first run's work off the UI thread, after the window shows: the demo customer and contract at the desk
 * (once, and only on a desk nobody else uses yet), then the demo simulator when the preference wants it. A
 * failure is reported in the Progress view and the log in words; the workbench works on without the demo.
 */
public final class DemoStartJob extends Job {
	public static final String FAMILY = "org.restripe.ui.demo";
	private final DataDirectory data;
	private final RestripeDatabase database;

	public DemoStartJob(DataDirectory data, RestripeDatabase database) {
		super("Start the demo site's simulator");
		this.data = data;
		this.database = database;
		setSystem(false);
		setPriority(Job.LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask("Starting the demo", 2);
		try {
			monitor.subTask("The demo customer and its contract");
			seedDesk();
			monitor.worked(1);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (DemoPreferences.simulatorWanted(data)) {
				monitor.subTask("The simulator of " + DemoSimulator.siteName());
				DemoSimulator.start(data);
			}
			monitor.worked(1);
			return Status.OK_STATUS;
		} catch (StoreException e) {
			return Status.error("The demo customer could not be added to the desk: " + e.getMessage(), e);
		} catch (IOException | SiteFileException e) {
			return Status.error("The demo site's simulator could not start (" + e.getMessage()
					+ "); Connect to the demo site needs it, everything else works without it.", e);
		} finally {
			monitor.done();
		}
	}

	private void seedDesk() throws StoreException {
		if (DemoPreferences.flag(DemoPreferences.SEEDED)
				|| !java.nio.file.Files.isRegularFile(data.sites().resolve(DataDirectory.DEMO_FILE))) {
			return;
		}
		if (DemoDesk.deskIsNew(database)) {
			DemoDesk.seed(database, DemoSimulator.siteName(), LocalDate.now());
		}
		DemoPreferences.setFlag(DemoPreferences.SEEDED);
	}

	@Override
	public boolean belongsTo(Object family) {
		return FAMILY.equals(family);
	}
}
