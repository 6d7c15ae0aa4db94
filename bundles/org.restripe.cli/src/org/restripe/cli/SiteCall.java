package org.restripe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.connect.run.SiteSession;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;

/** One call to a site from the command line: its secrets, its recording and the session over the --line. */
final class SiteCall implements AutoCloseable {
	final CliSecrets secrets;
	final SessionRecording recording;
	final SiteSession session;
	final RunSettings settings;

	private SiteCall(CliSecrets secrets, SessionRecording recording, SiteSession session, RunSettings settings) {
		this.secrets = secrets;
		this.recording = recording;
		this.session = session;
		this.settings = settings;
	}

	/** Opens the call's secrets and recording; the line itself is called when first used. */
	static SiteCall open(LineOptions line, Path dataDirectory, String command, String title, Site site,
			RunSettings settings) throws Exception {
		CliSecrets secrets = CliSecrets.from(line.passwordFile);
		SessionRecording recording = null;
		try {
			recording = line.startRecording(dataDirectory, command, title);
			return new SiteCall(secrets, recording, new SiteSession(line.link(site, secrets), recording), settings);
		} catch (Exception e) {
			if (recording != null) {
				recording.close();
			}
			secrets.close();
			throw e;
		}
	}

	Map<String, StorageUnit> discover(List<SiteArray> arrays, PrintWriter out) throws IOException, DiscoveryException {
		return SiteWork.discover(session, secrets, settings, arrays, new CliProgress(out));
	}

	@Override
	public void close() throws IOException {
		try {
			session.close();
		} finally {
			try {
				recording.close();
			} finally {
				secrets.close();
			}
		}
	}
}
