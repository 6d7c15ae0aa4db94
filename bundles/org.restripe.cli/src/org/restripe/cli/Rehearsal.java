package org.restripe.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.CountingTransport;
import org.restripe.connect.InactivityTimer;
import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.StepConfirmation;
import org.restripe.connect.host.ConsoleAccess;
import org.restripe.connect.host.HostMenuDialect;
import org.restripe.connect.modem.DialbackSettings;
import org.restripe.connect.run.DialbackSiteLink;
import org.restripe.connect.run.Dialling;
import org.restripe.connect.run.CommitConfirmation;
import org.restripe.connect.run.SiteLink;
import org.restripe.model.Site;
import org.restripe.plan.kit.KitScript.KitStep;
import org.restripe.simulator.SimulatedSite;

/**
 * The engineer and the telephone line of a rehearsal: the twin's passwords, every confirmation a real run would
 * ask (answered yes and listed), the commit-confirm answered at once, and the line to the twin with its bytes
 * counted for the wire time.
 */
final class Rehearsal implements SecretSource, StepConfirmation, CommitConfirmation, AutoCloseable {
	static final String ARRAY_PASSWORD = "secret";
	static final String DIAL_PASSWORD = "dialme";

	private final SimulatedSite twin;
	private final Site site;
	private final boolean fast;
	private final AtomicLong sent = new AtomicLong();
	private final AtomicLong received = new AtomicLong();
	private final List<String> confirmations = new ArrayList<>();

	/** @param fast whether the twin's modems run with fast timings, so the center may be as quick */
	Rehearsal(SimulatedSite twin, Site site, boolean fast) {
		this.twin = twin;
		this.site = site;
		this.fast = fast;
	}

	/**
	 * The dialback call a real run makes, through the twin's center modem on loopback: the same modem, terminal
	 * server and console code, with the bytes of the call counted.
	 */
	SiteLink link() {
		DialbackSettings settings = DialbackSettings.forSite(site.getModem().getNumber());
		DialbackSiteLink dial = new DialbackSiteLink("tcp:127.0.0.1:" + twin.centerModemPort(), Dialling.MODEM_BAUD,
				fast ? Dialling.fast(settings) : settings, this, HostMenuDialect.storageManagementHost(),
				Duration.ofSeconds(30), InactivityTimer.DEFAULT_IDLE_LIMIT, List.of());
		return new SiteLink() {
			@Override
			public ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor) throws IOException {
				return dial.open(recording, monitor, line -> new CountingTransport(line, sent, received));
			}

			@Override
			public String describe() {
				return Rehearsal.this.describe();
			}
		};
	}

	String describe() {
		return "the dialback modem " + site.getModem().getNumber() + " of the simulated twin of " + site.getName();
	}

	@Override
	public char[] secret(Secret secret) {
		return (secret.kind() == Secret.Kind.DIAL_ACCOUNT ? DIAL_PASSWORD : ARRAY_PASSWORD).toCharArray();
	}

	@Override
	public boolean confirmed(String arrayName, KitStep step) {
		confirmations.add(arrayName + " step " + step.number() + ": " + step.personInstruction());
		return true;
	}

	List<String> confirmations() {
		return confirmations;
	}

	@Override
	public void ask(Instant deadline, String whatChanged) {
		confirmations.add("the commit-confirm (" + whatChanged + ")");
	}

	@Override
	public Answer answer() {
		return Answer.CONFIRMED;
	}

	@Override
	public void ended(String how) {
		// the rehearsal's engineer confirmed at once
	}

	long bytesSent() {
		return sent.get();
	}

	long bytesReceived() {
		return received.get();
	}

	@Override
	public void close() {
		// the twin is closed by its owner
	}
}
