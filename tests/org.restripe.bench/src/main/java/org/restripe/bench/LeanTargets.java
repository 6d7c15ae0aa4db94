package org.restripe.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.snmp.ArrayLoad;
import org.restripe.simulator.snmp.LeanResponder;
import org.restripe.simulator.snmp.LoadProfile;

/**
 * PollBench's targets in a process of their own: the demo site's three arrays behind a {@link LeanResponder}
 * on the ports given. Prints "ready" when it answers, then runs until its standard input closes.
 * Args: community port...
 */
public final class LeanTargets {

	public static void main(String[] args) throws Exception {
		List<Integer> ports = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			ports.add(Integer.parseInt(args[i]));
		}
		List<StorageArray> arrays = new ArrayList<>();
		SimulatedClock clock = new SimulatedClock(1);
		for (StorageUnit unit : DemoSite.create().getSubsystems().get(0).getStorageUnits()) {
			arrays.add(new StorageArray(unit, clock));
		}
		try (LeanResponder responder = LeanResponder.start(ports, args[0], arrays, LoadProfile.bySize(ArrayLoad.typical()))) {
			System.out.println("ready on " + ports.size() + " ports");
			System.out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
			while (in.readLine() != null) {
				// the bench closes our input to stop us
			}
			System.out.println("answered " + responder.answered());
		}
	}
}
