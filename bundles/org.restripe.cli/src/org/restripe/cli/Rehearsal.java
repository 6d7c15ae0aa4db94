package org.restripe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.connect.CountingTransport;
import org.restripe.connect.InactivityTimer;
import org.restripe.connect.MemoryStepJournal;
import org.restripe.connect.ScriptRunner;
import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.StepConfirmation;
import org.restripe.connect.host.ConsoleAccess;
import org.restripe.connect.host.HostMenuDialect;
import org.restripe.connect.modem.DialbackSettings;
import org.restripe.connect.run.ArrayScript;
import org.restripe.connect.run.CommitConfirmation;
import org.restripe.connect.run.DialbackSiteLink;
import org.restripe.connect.run.Dialling;
import org.restripe.connect.run.KitRun;
import org.restripe.connect.run.KitRuns;
import org.restripe.connect.run.RunResult;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.connect.run.SiteDiscovery;
import org.restripe.connect.run.SiteLink;
import org.restripe.connect.run.SiteSession;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Site;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitScript.KitStep;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.ModemTimings;

/**
 * A kit rehearsed on a simulated twin of the site, through the same code as a real run: the twin's dialback modem
 * is dialled, the terminal server walked, every array's signed script run and checked, the commit-confirm given,
 * and the arrays discovered again and compared with the design. This class is the engineer and the telephone
 * line of the rehearsal: the twin's passwords, every confirmation a real run would ask (answered yes and
 * listed), and the line with its bytes counted for the wire time. Used by {@code restripe rehearse} and by the
 * workbench's Rehearse Kit.
 */
public final class Rehearsal implements SecretSource, StepConfirmation, CommitConfirmation, AutoCloseable {
	/** Simulated seconds per real second: a volume initialisation of hours takes a moment. */
	private static final double SPEED = 20_000;
	private static final String ARRAY_PASSWORD = "secret";
	private static final String DIAL_PASSWORD = "dialme";

	private final SimulatedSite twin;
	private final Site site;
	private final boolean fast;
	private final AtomicLong sent = new AtomicLong();
	private final AtomicLong received = new AtomicLong();
	private final List<String> confirmations = new ArrayList<>();

	/**
	 * What a rehearsal showed.
	 *
	 * @param result how the run on the twin ended
	 * @param differences each array's differences from the design after the run (empty: verified), or null when
	 *        the run did not get that far
	 * @param confirmations what a real run would ask the engineer to confirm
	 * @param bytesSent bytes the center sent on the telephone line
	 * @param bytesReceived bytes it received
	 * @param took how long the run on the twin took here
	 * @param call the call a real run makes
	 */
	public record Report(RunResult result, Map<String, List<String>> differences, List<String> confirmations,
			long bytesSent, long bytesReceived, Duration took, String call) {

		public boolean verified() {
			return result.changedAsPlanned() && differences != null && differences.isEmpty();
		}

		/** The seconds the line itself needs at {@code baud} (8N1: ten bits a byte; full duplex). */
		public double wireSeconds(int baud) {
			return Math.max(bytesSent, bytesReceived) * 10.0 / baud;
		}
	}

	/**
	 * Rehearses the kit: {@code current} seeds the twin (refused first if the kit is stale for it); the session is
	 * recorded in {@code recordingFile}; {@code steps} hears each step as it runs.
	 */
	public static Report rehearse(Kit kit, Site current, boolean fastModem, Path recordingFile,
			ScriptRunner.StepListener steps, IProgressMonitor monitor) throws Exception {
		return rehearse(kit, current, fastModem, recordingFile, steps, monitor, SiteWork.drivers());
	}

	/**
	 * As above with the array drivers given: inside OSGi (the workbench) they are services, which ServiceLoader
	 * cannot see across bundles.
	 */
	public static Report rehearse(Kit kit, Site current, boolean fastModem, Path recordingFile,
			ScriptRunner.StepListener steps, IProgressMonitor monitor, DriverRegistry drivers) throws Exception {
		kit.checkFresh(current);
		if (current.getModem() == null || current.getModem().getNumber() == null) {
			throw new IllegalArgumentException("site " + current.getName() + " has no dialback modem to rehearse the call "
					+ "with; rehearsals dial the twin as a real run dials the site");
		}
		List<ArrayScript> scripts = ArrayScript.of(kit, drivers);
		SiteOptions options = new SiteOptions(null, null, SPEED, fastModem ? ModemTimings.fast() : ModemTimings.realistic(),
				ARRAY_PASSWORD, DIAL_PASSWORD, 0, "public");
		try (SimulatedSite twin = new SimulatedSite(EcoreUtil.copy(current), options, line -> { });
				SessionRecording recording = SessionRecording.start(recordingFile, "rehearsal");
				Rehearsal rehearsal = new Rehearsal(twin, current, fastModem);
				SiteSession session = new SiteSession(rehearsal.link(), recording)) {
			RunSettings settings = RunSettings.standard().replyingWithin(Duration.ofSeconds(30))
					.checkingEvery(Duration.ofMillis(100), Duration.ofMinutes(5)).confirmingWithin(Duration.ofMinutes(1));
			long started = System.nanoTime();
			RunResult result = new KitRun(scripts, session, rehearsal, new MemoryStepJournal(), settings)
					.confirmingStepsWith(rehearsal).commitConfirmedBy(rehearsal).offeringRollbackWith((m, d) -> false)
					.reportingTo(steps).run(monitor);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			Map<String, List<String>> differences = null;
			if (result.changedAsPlanned()) {
				List<SiteArray> arrays = KitRuns.kitArrays(kit, kit.desired(), drivers);
				differences = SiteDiscovery.compare(arrays, SiteWork.discover(session, rehearsal, settings, arrays, monitor));
			}
			return new Report(result, differences, List.copyOf(rehearsal.confirmations), rehearsal.sent.get(),
					rehearsal.received.get(), took, rehearsal.describe());
		}
	}

	/** @param fast whether the twin's modems run with fast timings, so the center may be as quick */
	private Rehearsal(SimulatedSite twin, Site site, boolean fast) {
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
