package org.restripe.connect.run;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.host.ConsoleAccess;

/**
 * One engineer's session with a site: the line (opened when first needed, opened again when it drops) and the
 * recording every byte of it goes to. A run, its verification and a rollback share one session, so one call
 * carries them all.
 */
public final class SiteSession implements AutoCloseable {
	private final SiteLink link;
	private final SessionRecording recording;
	private ConsoleAccess access;
	private int opened;

	public SiteSession(SiteLink link, SessionRecording recording) {
		this.link = link;
		this.recording = recording;
	}

	/** The way to the consoles, calling the site if the line is not up. */
	public ConsoleAccess access(IProgressMonitor monitor) throws IOException {
		if (access == null) {
			recording.marker((opened++ == 0 ? "opening " : "opening again ") + link.describe());
			access = link.open(recording, monitor);
		}
		return access;
	}

	/** The line dropped: forget it (closing what is left of it) so the next access calls again. */
	public void lost(String why) throws IOException {
		recording.marker("line lost: " + why);
		closeAccess();
	}

	/** Whether the line is up and still answers; false when it dropped while nobody used it. */
	public boolean stillUp() {
		if (access == null) {
			return false;
		}
		try {
			access.checkAlive();
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	public SessionRecording recording() {
		return recording;
	}

	public SiteLink link() {
		return link;
	}

	/** How many times the line was opened, the first call included. */
	public int timesOpened() {
		return opened;
	}

	private void closeAccess() {
		if (access != null) {
			try {
				access.close();
			} catch (IOException e) {
				// the line is already gone; nothing more to release
			}
			access = null;
		}
	}

	@Override
	public void close() throws IOException {
		closeAccess();
	}
}
