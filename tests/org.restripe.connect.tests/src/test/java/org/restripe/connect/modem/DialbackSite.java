package org.restripe.connect.modem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.restripe.connect.SecretSource;
import org.restripe.connect.SerialTransport;
import org.restripe.connect.TcpTransport;
import org.restripe.connect.Transport;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.LineFaults;
import org.restripe.simulator.modem.ModemTimings;

/**
 * The demo site as the simulator plays it, with the center's modem on a real pseudo-terminal opened through
 * jssc, as the workbench opens /dev/ttyS0. The site's modem is +1 555 0100 and calls back +1 555 0199.
 */
final class DialbackSite implements AutoCloseable {
	static final String SITE = "+1 555 0100";
	static final String CENTER = "+1 555 0199";
	static final String DIAL_PASSWORD = "dialme";
	/** Generous for a loaded machine: the simulator's fast line answers in milliseconds. */
	static final Duration PATIENCE = Duration.ofSeconds(15);

	private final Queue<String> log = new ConcurrentLinkedQueue<>();
	private final SimulatedSite site;
	private final List<Transport> opened = new ArrayList<>();

	DialbackSite(Path dir) throws IOException {
		this(dir, timings(Duration.ofMillis(100)));
	}

	/**
	 * The simulator's fast line, but patient where the center's reaction time counts on a loaded machine:
	 * 10 s for the password, a modem second of 0.1 s (5 s for the center to answer the call back).
	 */
	static ModemTimings timings(Duration callbackDelay) {
		ModemTimings fast = ModemTimings.fast();
		return new ModemTimings(fast.guardTime(), fast.ringInterval(), callbackDelay, Duration.ofSeconds(10),
				Duration.ofMillis(100));
	}

	DialbackSite(Path dir, ModemTimings timings) throws IOException {
		SiteOptions options = new SiteOptions(null, dir, 1.0, timings, "secret", DIAL_PASSWORD, 0, "public");
		site = new SimulatedSite(DemoSite.create(), options, log::add);
	}

	/** The center's modem's serial line, through jssc on the simulator's pty. */
	Transport centerModemLine() throws IOException {
		Transport line = SerialTransport.open(site.centerModemPty().toString(), 115_200);
		opened.add(line);
		return line;
	}

	/** The center's modem on the simulator's TCP port, as a terminal server in front of it would serve it. */
	Transport centerModemTcp() throws IOException {
		Transport line = TcpTransport.connect("127.0.0.1", site.centerModemPort(), PATIENCE);
		opened.add(line);
		return line;
	}

	/** Settings for the simulator's fast line: the guard time above its 0.1 s, waits generous. */
	static DialbackSettings settings() {
		return DialbackSettings.forSite(SITE).withGuardTime(Duration.ofMillis(300)).withCallbackWindow(PATIENCE)
				.withConnectTimeout(PATIENCE);
	}

	static SecretSource password(String... given) {
		int[] asked = { 0 };
		return secret -> given[Math.min(asked[0]++, given.length - 1)].toCharArray();
	}

	LineFaults faults() {
		return site.network().faults();
	}

	boolean inCall(String number) {
		return site.network().inCall(number);
	}

	String log() {
		return String.join("\n", log);
	}

	boolean logged(String text) {
		return log.stream().anyMatch(l -> l.contains(text));
	}

	/** Reads until {@code text} arrives; returns all that arrived. */
	static String readUntil(Transport line, String text) throws IOException {
		StringBuilder seen = new StringBuilder();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (seen.indexOf(text) < 0) {
			if (System.nanoTime() > deadline) {
				throw new IOException("Expected '" + text + "' within " + PATIENCE + "; received: " + seen);
			}
			seen.append(new String(line.read(Duration.ofMillis(100)), StandardCharsets.ISO_8859_1));
		}
		return seen.toString();
	}

	static void type(Transport line, String text) throws IOException {
		line.write(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Override
	public void close() throws IOException {
		for (Transport line : opened) {
			line.close();
		}
		site.close();
	}
}
