package org.restripe.connect.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.TcpTransport;
import org.restripe.connect.Transport;
import org.restripe.connect.host.ConsoleAccess;
import org.restripe.connect.host.HostMenuDialect;
import org.restripe.connect.host.TerminalServerMenu;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.drivers.t3.T3Driver;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.ModemTimings;

/**
 * A whole simulated site (arrays behind the management host's terminal server) reached by telnet over a LAN
 * link, as a site without a modem is. The line can be cut from the test, as a dropped call would cut it.
 */
final class SimulatedSiteLine implements AutoCloseable {
	static final String ARRAY_PASSWORD = "t3-Console-pw";
	/** Simulated seconds per real second: a volume initialisation takes well under a second. */
	private static final double SPEED = 30_000;
	static final RunSettings SETTINGS = RunSettings.standard().replyingWithin(Duration.ofSeconds(10))
			.checkingEvery(Duration.ofMillis(50), Duration.ofSeconds(60)).confirmingWithin(Duration.ofSeconds(2));

	final SimulatedSite simulator;
	final DriverRegistry drivers = new DriverRegistry();
	private final Queue<String> log = new ConcurrentLinkedQueue<>();
	private final AtomicReference<Transport> current = new AtomicReference<>();
	volatile int opened;

	SimulatedSiteLine(Site current) throws IOException {
		this(current, SPEED);
	}

	/** A site whose simulated time runs {@code speed} times as fast as real time. */
	SimulatedSiteLine(Site current, double speed) throws IOException {
		drivers.add(new T3Driver());
		simulator = new SimulatedSite(EcoreUtil.copy(current),
				new SiteOptions(null, null, speed, ModemTimings.fast(), ARRAY_PASSWORD, "dialme", 0, "public"), log::add);
	}

	SiteLink telnet() {
		return new SiteLink() {
			@Override
			public ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor) throws IOException {
				opened++;
				Transport line = TcpTransport.connect("127.0.0.1", simulator.telnetPort(), Duration.ofSeconds(5));
				current.set(line);
				return TerminalServerMenu.attach(line, HostMenuDialect.storageManagementHost(), recording,
						Duration.ofSeconds(10));
			}

			@Override
			public String describe() {
				return "telnet to the management host storemgr";
			}
		};
	}

	/** The product's telnet link, under an inactivity timer of {@code idle}. */
	SiteLink telnet(Duration idle) {
		SiteLink link = new TelnetSiteLink("127.0.0.1", simulator.telnetPort(), HostMenuDialect.storageManagementHost(),
				Duration.ofSeconds(10), idle);
		return new SiteLink() {
			@Override
			public ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor) throws IOException {
				opened++;
				return link.open(recording, monitor);
			}

			@Override
			public String describe() {
				return link.describe();
			}
		};
	}

	/** Cuts the line now in use, as a dropped call does. */
	void cut() throws IOException {
		current.get().close();
	}

	static SecretSource passwords(String arrayPassword) {
		return secret -> secret.kind() == Secret.Kind.ARRAY_LOGIN ? arrayPassword.toCharArray()
				: "dialme".toCharArray();
	}

	/** The arrays of {@code site} as their consoles show them now, compared by name with the site. */
	Map<String, List<String>> differencesFrom(Site site, Path recordingFile) throws Exception {
		try (SessionRecording recording = SessionRecording.start(recordingFile, "verification");
				SiteSession session = new SiteSession(telnet(), recording)) {
			List<SiteArrays.SiteArray> arrays = SiteArrays.of(site, drivers);
			Map<String, StorageUnit> found = new SiteDiscovery(new ArrayConsoles(session.access(new NullProgressMonitor()),
					passwords(ARRAY_PASSWORD), recording, "root", Duration.ofSeconds(10))).discover(arrays,
							new NullProgressMonitor());
			return SiteDiscovery.compare(arrays, found);
		}
	}

	String log() {
		return String.join("\n", log);
	}

	@Override
	public void close() {
		simulator.close();
	}
}
