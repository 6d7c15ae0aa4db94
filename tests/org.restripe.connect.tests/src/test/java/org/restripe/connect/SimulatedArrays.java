package org.restripe.connect;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.ArrayFaults;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.array.T3Console;
import org.restripe.simulator.line.TcpLine;

/**
 * The arrays of a site as the simulator runs them, each console on its own loopback TCP port. Each array
 * works on a copy of its unit, so the site the test planned from is never changed behind its back.
 * Simulated time runs fast enough that a volume initialisation takes well under a second, yet slow enough
 * that the script runner sees it running and has to wait for it through vol stat.
 */
final class SimulatedArrays implements AutoCloseable {
	static final String PASSWORD = "secret";
	/** Simulated seconds per real second: 7 x 36.4 GB at 20 MB/s is about 0.4 s of real time. */
	private static final double SPEED = 30_000;

	private final SimulatedClock clock = new SimulatedClock(SPEED);
	private final Map<String, StorageArray> arrays = new LinkedHashMap<>();
	private final Map<String, ArrayFaults> faults = new LinkedHashMap<>();
	private final Map<String, TcpLine> lines = new LinkedHashMap<>();
	private final Queue<String> log = new ConcurrentLinkedQueue<>();

	SimulatedArrays(Site site) throws IOException {
		for (Subsystem subsystem : site.getSubsystems()) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				StorageArray array = new StorageArray(EcoreUtil.copy(unit), clock);
				ArrayFaults arrayFaults = new ArrayFaults();
				T3Console console = new T3Console(array, arrayFaults, PASSWORD);
				arrays.put(unit.getName(), array);
				faults.put(unit.getName(), arrayFaults);
				lines.put(unit.getName(), new TcpLine(unit.getName(), 0, console::serve, log::add));
			}
		}
	}

	StorageArray array(String name) {
		return arrays.get(name);
	}

	ArrayFaults faults(String name) {
		return faults.get(name);
	}

	/** A fresh TCP connection to the array's console. */
	TcpTransport connect(String name) throws IOException {
		return TcpTransport.connect("127.0.0.1", lines.get(name).port(), Duration.ofSeconds(5));
	}

	/** What the simulated consoles logged (sessions ended, accept failures), for a failing test's message. */
	String log() {
		return String.join("\n", log);
	}

	Iterable<String> names() {
		return arrays.keySet();
	}

	@Override
	public void close() throws IOException {
		for (TcpLine line : lines.values()) {
			line.close();
		}
	}
}
