package org.restripe.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.CountingTransport;
import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.StepConfirmation;
import org.restripe.connect.TcpTransport;
import org.restripe.connect.Transport;
import org.restripe.connect.host.ConsoleAccess;
import org.restripe.connect.host.HostMenuDialect;
import org.restripe.connect.host.TerminalServerMenu;
import org.restripe.connect.run.CommitConfirmation;
import org.restripe.connect.run.SiteLink;
import org.restripe.model.Site;
import org.restripe.plan.kit.KitScript.KitStep;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.modem.ModemTimings;

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
	private final ModemTimings timings;
	private final AtomicLong sent = new AtomicLong();
	private final AtomicLong received = new AtomicLong();
	private final List<String> confirmations = new ArrayList<>();

	Rehearsal(SimulatedSite twin, Site site, ModemTimings timings) {
		this.twin = twin;
		this.site = site;
		this.timings = timings;
	}

	SiteLink link() {
		return new SiteLink() {
			@Override
			public ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor) throws IOException {
				Transport line = new CountingTransport(TcpTransport.connect("127.0.0.1", twin.telnetPort(),
						Duration.ofSeconds(10)), sent, received);
				return TerminalServerMenu.attach(line, HostMenuDialect.storageManagementHost(), recording,
						Duration.ofSeconds(30));
			}

			@Override
			public String describe() {
				return Rehearsal.this.describe();
			}
		};
	}

	String describe() {
		return "the management host of the simulated twin of " + site.getName();
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
