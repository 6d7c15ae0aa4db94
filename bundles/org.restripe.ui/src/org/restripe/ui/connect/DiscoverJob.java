package org.restripe.ui.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteArrays;
import org.restripe.connect.run.ArrayAdoption;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.connect.run.SiteDiscovery;
import org.restripe.connect.run.SiteLink;
import org.restripe.connect.run.SiteSession;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.ui.kit.DriverServices;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.operations.SiteVersions;
import org.restripe.ui.session.SessionBoard;
import org.restripe.workflow.VersionReason;

/**
 * Connect's work off the UI thread: opens the line, reads every array back over one recorded session and
 * compares it with the site file, showing the comparison in the Session view. Cancelling stops between two
 * console exchanges; the line is hung up whatever happens.
 */
public final class DiscoverJob extends Job {
	/** How the discovery ended. */
	public sealed interface Outcome {
	}

	/**
	 * Discovered; {@code same} when every array is as the site file says. {@code discovered} is the site as the
	 * arrays are (the site file with their configuration taken over) when they differ and that can be adopted.
	 */
	public record Compared(boolean same, List<String> lines, Site discovered) implements Outcome {
	}

	public record Failed(String message) implements Outcome {
	}

	public record Cancelled() implements Outcome {
	}

	private final String siteName;
	private final Site site;
	private final SiteLink link;
	private final SecureStorageSecrets secrets;
	private final RunSettings settings;
	private final Path recordingFile;
	private volatile Outcome outcome;

	public DiscoverJob(String siteName, Site site, SiteLink link, SecureStorageSecrets secrets, RunSettings settings,
			Path recordingFile) {
		super("Discover site " + siteName);
		this.siteName = siteName;
		this.site = EcoreUtil.copy(site);
		this.link = link;
		this.secrets = secrets;
		this.settings = settings;
		this.recordingFile = recordingFile;
		// not a user job: its modal progress dialog would hide the live session; the Session view cancels it
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask("Discovering site " + siteName + " over " + link.describe(), IProgressMonitor.UNKNOWN);
		try (DriverServices drivers = DriverServices.open();
				SecureStorageSecrets passwords = secrets;
				SessionRecording recording = SessionRecording.start(recordingFile, "discovery of " + siteName);
				SiteSession session = new SiteSession(link, recording)) {
			List<SiteArray> arrays = SiteArrays.of(site, drivers.registry());
			Map<String, StorageUnit> found = SiteReadback.discover(session, passwords, settings, arrays, monitor);
			Map<String, List<String>> differences = SiteDiscovery.compare(arrays, found);
			List<String> lines = new java.util.ArrayList<>(SiteReadback.lines(differences, arrays, "in the site file"));
			if (differences.isEmpty()) { // the site file is what the arrays are: keep it as discovered, as the CLI does
				lines.add(SiteVersions.keep(siteName, site, VersionReason.DISCOVERED,
						"discovered over " + link.describe()));
			}
			SessionBoard.comparison("Compared with the site file of " + siteName + ":", lines);
			outcome = new Compared(differences.isEmpty(), lines,
					differences.isEmpty() ? null : ArrayAdoption.adopt(site, arrays, found));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			outcome = new Cancelled();
			return Status.CANCEL_STATUS;
		} catch (IOException | DiscoveryException e) {
			outcome = new Failed(e.getMessage());
			return Status.OK_STATUS; // reported by the caller in its own dialog
		} finally {
			SessionBoard.ended(endedHow());
			monitor.done();
		}
	}

	private String endedHow() {
		Outcome o = outcome;
		if (o instanceof Compared c) {
			return c.same() ? "discovery done: every array as in the site file" : "discovery done: arrays differ";
		}
		return SessionBoard.endedEarly("discovery", o instanceof Failed f ? String.valueOf(f.message()) : null,
				o instanceof Cancelled);
	}

	/** Null until the job has run. */
	public Outcome outcome() {
		return outcome;
	}

	public Path recordingFile() {
		return recordingFile;
	}
}
