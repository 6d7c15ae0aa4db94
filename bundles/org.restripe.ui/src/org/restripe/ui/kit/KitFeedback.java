package org.restripe.ui.kit;

import java.nio.file.Path;
import java.util.List;

import org.restripe.plan.Plan;

/**
 * Where "Build kit..." asks and tells the engineer: dialogs and the status line in the workbench, a recorder
 * in tests (a modal dialog would block a UI test's thread). Every method is called on the UI thread.
 */
public interface KitFeedback {

	/** The file to write, suggested beside the site file; null when the engineer cancels. */
	Path chooseKitFile(Path suggested);

	/** The planner (or its proof) refused the design: every reason at once. */
	void refused(List<String> reasons);

	/** The kit could not be written (no driver for an array, a step the driver cannot render, disk full). */
	void failed(String message);

	/** The kit was written and read back verified. */
	void built(Path kit, Plan plan);

	/** The engineer cancelled the job. */
	void cancelled();
}
