package org.restripe.monitor.poll;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.snmp.ArrayLoad;
import org.restripe.simulator.snmp.SiteSnmpAgent;

/** The simulator's agent for the demo site's first subsystem (arrays t3a, t3b, t3c) on a free loopback port. */
final class SimulatedAgent implements AutoCloseable {
	final SimulatedClock clock = new SimulatedClock(1);
	final List<StorageArray> arrays = new ArrayList<>();
	final int port;
	private final SiteSnmpAgent agent;

	SimulatedAgent() throws IOException {
		try (DatagramSocket free = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		Site site = DemoSite.create();
		for (StorageUnit unit : site.getSubsystems().get(0).getStorageUnits()) {
			arrays.add(new StorageArray(unit, clock));
		}
		agent = SiteSnmpAgent.start(port, "public", arrays, ArrayLoad.typical());
	}

	String address() {
		return "127.0.0.1/" + port;
	}

	@Override
	public void close() {
		agent.close();
	}
}
