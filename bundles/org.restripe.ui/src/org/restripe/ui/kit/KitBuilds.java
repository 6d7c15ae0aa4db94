package org.restripe.ui.kit;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.restripe.ui.operations.SiteVersions;
import org.restripe.workflow.VersionReason;
import org.restripe.plan.PlanProof;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.kit.KeyPassword;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.design.SiteEditorInput;

/**
 * "Build kit..." without its dialogs: asks the feedback for a file, schedules the {@link BuildKitJob} and
 * hands its outcome back to the feedback on the UI thread. The handler and the tests both start here.
 */
public final class KitBuilds {
	private KitBuilds() {
	}

	/** Whether a kit can be asked for: the design is a desired configuration, so there is something to plan. */
	public static boolean isDesired(SiteDesign design) {
		return design != null && design.current() != null;
	}

	/** "demo.kit" beside "demo.desired.restripe" (and beside "demo.restripe", the site it changes). */
	public static Path suggestedKitFile(SiteDesign design) {
		return design.file().resolveSibling(siteName(design) + ".kit");
	}

	/**
	 * "demo" for "demo.desired.restripe": the site as the Sites view, Run Kit and the desk name it (its site
	 * file's name), not the configuration's display name.
	 */
	public static String siteName(SiteDesign design) {
		String name = design.file().getFileName().toString();
		return name.endsWith(SiteEditorInput.DESIRED_SUFFIX)
				? name.substring(0, name.length() - SiteEditorInput.DESIRED_SUFFIX.length())
				: name.endsWith(SiteEditorInput.EXTENSION)
						? name.substring(0, name.length() - SiteEditorInput.EXTENSION.length())
						: name;
	}

	/**
	 * Starts building, signing with the key in the workbench's data directory whose password is in Eclipse
	 * secure storage; null when the engineer chose no file. Call on the UI thread.
	 */
	public static BuildKitJob start(SiteDesign design, KitFeedback feedback) {
		return start(design, feedback, RestripeUi.dataDirectory().path(), SecureStorageKeyPassword.fromDefault());
	}

	/** Starts building, signing with the center key of the data directory; null when no file was chosen. */
	public static BuildKitJob start(SiteDesign design, KitFeedback feedback, Path dataDirectory,
			KeyPassword keyPassword) {
		return start(design, feedback, dataDirectory, keyPassword, KitFiling.NONE);
	}

	/** As above, the kit filed by {@code filing} in the job once it is written and verified. */
	public static BuildKitJob start(SiteDesign design, KitFeedback feedback, Path dataDirectory,
			KeyPassword keyPassword, KitFiling filing) {
		if (!isDesired(design)) {
			throw new IllegalArgumentException("a kit is built from a desired configuration (Design new configuration)");
		}
		try {
			// reviewed, planned and proved before a file name is asked: a refused design needs no file
			PlanProof.provenPlan(design.current(), design.site());
		} catch (PlanRefusedException e) {
			feedback.refused(e.reasons());
			return null;
		}
		Path kit = feedback.chooseKitFile(suggestedKitFile(design));
		if (kit == null) {
			return null;
		}
		Display display = Display.getCurrent();
		String site = siteName(design);
		org.restripe.model.Site designed = org.eclipse.emf.ecore.util.EcoreUtil.copy(design.site());
		// the design is kept in the site's history, as restripe plan keeps it, beside the request it is filed under
		KitFiling keepingTheDesign = written -> lines(filing.file(written), SiteVersions.keep(site, designed,
				VersionReason.DESIGNED, "kit " + written.getFileName()));
		BuildKitJob job = new BuildKitJob(design.current(), design.site(), kit, dataDirectory, keyPassword)
				.filingWith(keepingTheDesign);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!display.isDisposed()) {
					display.asyncExec(() -> report(job, event, feedback));
				}
			}
		});
		job.schedule();
		return job;
	}

	/** Two sentences of the result, each its own line (the result dialog ends the last with its full stop). */
	private static String lines(String first, String second) {
		return first.isEmpty() ? second : first + ".\n" + second;
	}

	private static void report(BuildKitJob job, IJobChangeEvent event, KitFeedback feedback) {
		BuildKitJob.Outcome outcome = job.outcome();
		if (outcome instanceof BuildKitJob.Built built) {
			feedback.built(built.kit(), built.plan());
		} else if (outcome instanceof BuildKitJob.Refused refused) {
			feedback.refused(refused.reasons());
		} else if (outcome instanceof BuildKitJob.Failed failed) {
			feedback.failed(failed.message());
		} else if (outcome instanceof BuildKitJob.Cancelled) {
			feedback.cancelled();
		} else {
			feedback.failed("the kit job stopped: " + event.getResult().getMessage());
		}
	}
}
