package org.restripe.ui.kit;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Site;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanProof;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.KeyPassword;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.TrustedKeys;

/**
 * Plans, proves, renders and writes a kit off the UI thread. It works on copies of both sites taken when it
 * is created (on the UI thread), so the engineer may keep editing while it runs. Cancelling between the
 * stages leaves no file: the kit is written in one atomic step at the end. The kit is signed with the
 * center's key from the data directory and read back verified against the keys that directory trusts.
 */
public final class BuildKitJob extends Job {
	public static final String PLUGIN_ID = "org.restripe.ui";

	/** What the job ended with, for whoever reports it. */
	public sealed interface Outcome {
	}

	public record Built(Path kit, Plan plan) implements Outcome {
	}

	public record Refused(List<String> reasons) implements Outcome {
	}

	public record Failed(String message) implements Outcome {
	}

	public record Cancelled() implements Outcome {
	}

	private final Site current;
	private final Site desired;
	private final Path kitFile;
	private final Path dataDirectory;
	private final KeyPassword keyPassword;
	private volatile KitFiling filing = KitFiling.NONE;
	private volatile String filed = "";
	private volatile Outcome outcome;

	public BuildKitJob(Site current, Site desired, Path kitFile, Path dataDirectory, KeyPassword keyPassword) {
		super("Build kit " + kitFile.getFileName());
		this.current = EcoreUtil.copy(current);
		this.desired = EcoreUtil.copy(desired);
		this.kitFile = kitFile;
		this.dataDirectory = dataDirectory;
		this.keyPassword = keyPassword;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Building kit " + kitFile.getFileName(), 4);
		try {
			progress.subTask("Planning and proving the plan");
			Plan plan = PlanProof.provenPlan(current, desired);
			progress.split(2);
			progress.subTask("Rendering the scripts, writing and signing the kit");
			CenterKey center = CenterKey.open(dataDirectory, keyPassword);
			try (DriverServices drivers = DriverServices.open()) {
				Kit.write(kitFile, current, desired, plan, drivers.registry(), center);
			}
			// the kit is on disk now: from here on a cancel would lie about "no file written", so none is checked
			progress.worked(1);
			progress.subTask("Verifying the kit");
			Kit.read(kitFile, TrustedKeys.open(dataDirectory));
			progress.subTask("Filing the kit");
			filed = filing.file(kitFile);
			progress.worked(1);
			outcome = new Built(kitFile, plan);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			outcome = new Cancelled();
			return Status.CANCEL_STATUS;
		} catch (PlanRefusedException e) {
			outcome = new Refused(e.reasons());
			// reported by the caller in its own dialog, listing each reason: not an error of the job
			return Status.OK_STATUS;
		} catch (KitException e) {
			outcome = new Failed(e.getMessage());
			return Status.OK_STATUS;
		}
	}

	/** Files the kit once it is written and verified (before the job is scheduled). */
	public BuildKitJob filingWith(KitFiling kitFiling) {
		this.filing = kitFiling;
		return this;
	}

	/** What the filing said ("" for none, or before the kit was built). */
	public String filed() {
		return filed;
	}

	/** Null until the job has run, and after a crash (the job's result status then says why). */
	public Outcome outcome() {
		return outcome;
	}

	public Path kitFile() {
		return kitFile;
	}
}
