package org.restripe.ui.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.DesignPerspective;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.design.SiteEditors;

/**
 * What the workbench does for the demo once its window shows: on the first run the Design perspective with the
 * demo site's diagram, then (in a job) the demo customer at the desk and the demo site's simulator. The workbench
 * calls {@link #windowOpened} after its window opens and {@link #shutdown} when it closes.
 */
public final class FirstRun {
	/** The window's first paint and the demo's start share two cores: the demo waits this long after it. */
	static final long DEMO_DELAY_MILLIS = 1000;
	private static Job startJob;

	private FirstRun() {
	}

	/** On the UI thread, right after the first window opened. */
	public static void windowOpened(IWorkbenchWindow window) {
		DataDirectory data = RestripeUi.dataDirectory();
		Path demo = data.sites().resolve(DataDirectory.DEMO_FILE);
		if (!DemoPreferences.flag(DemoPreferences.DIAGRAM_OPENED) && Files.isRegularFile(demo)) {
			DemoPreferences.setFlag(DemoPreferences.DIAGRAM_OPENED);
			openDiagram(window, demo);
		}
		startDemo(data, DEMO_DELAY_MILLIS);
		StartupMarker.windowShown(window, demo);
	}

	/** Seeds the desk and starts the simulator in a job; nothing when one is under way. */
	public static Job startDemo(DataDirectory data) {
		return startDemo(data, 0);
	}

	private static synchronized Job startDemo(DataDirectory data, long delayMillis) {
		if (startJob == null || startJob.getState() == Job.NONE) {
			startJob = new DemoStartJob(data, RestripeUi.database());
			startJob.schedule(delayMillis);
		}
		return startJob;
	}

	/** The workbench closes: the demo job is cancelled and the simulator stopped, its ports closed. */
	public static void shutdown() {
		synchronized (FirstRun.class) {
			if (startJob != null) {
				startJob.cancel();
			}
		}
		DemoSimulator.stop();
	}

	private static void openDiagram(IWorkbenchWindow window, Path demo) {
		try {
			IWorkbenchPage page = window.getActivePage();
			if (page == null || !DesignPerspective.ID.equals(page.getPerspective().getId())) {
				page = window.getWorkbench().showPerspective(DesignPerspective.ID, window);
			}
			SiteEditors.open(page, demo);
		} catch (WorkbenchException e) {
			ILog.of(FirstRun.class).log(Status.warning("The demo site's diagram could not be opened: " + e.getMessage(), e));
		}
	}
}
