package org.restripe.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Volume;
import org.restripe.model.VolumeOperation;
import org.restripe.model.VolumeState;
import org.restripe.model.persist.SiteFiles;
import org.restripe.simulator.array.StorageArray;

/**
 * A vol init still running when the simulator stops goes on from its progress when the simulator starts again
 * on the same state directory, and takes only the time that was left.
 */
@Timeout(60)
class VolumeInitAcrossRestartTest {
	@TempDir
	Path state;

	private final List<String> log = new ArrayList<>();

	private SimulatedSite site() throws Exception {
		return new SimulatedSite(SimulatorMain.loadOrSeed(state, null), SiteOptions.forTests().withStateDir(state), log::add);
	}

	/** The simulated time t3a's volume v0 takes to initialise from the start. */
	private static Duration wholeInit(StorageArray t3a) throws Exception {
		return Duration.ofSeconds(t3a.volume("v0").getCapacity() / StorageArray.DEFAULT_REBUILD_BYTES_PER_SECOND);
	}

	@Test
	void aRunningInitKeepsItsProgressAcrossARestart() throws Exception {
		Duration whole;
		try (SimulatedSite first = site()) {
			StorageArray t3a = first.array("t3a");
			whole = wholeInit(t3a);
			t3a.unmountVolume("v0");
			t3a.initVolume("v0");
			first.clock().advance(whole.multipliedBy(40).dividedBy(100));
			assertEquals(40, t3a.volume("v0").getProgress());
			Volume saved = find(SiteFiles.load(SimulatedSite.stateFile(state)));
			assertEquals(40, saved.getProgress(), "the state directory holds the progress while it runs");
			first.clock().advance(whole.dividedBy(100).plusSeconds(1));
		}
		try (SimulatedSite second = site()) {
			StorageArray t3a = second.array("t3a");
			Volume v0 = t3a.volume("v0");
			assertEquals(VolumeOperation.INITIALIZING, v0.getOperation());
			assertEquals(41, v0.getProgress(), "the init goes on from the progress it had when the simulator stopped");
			assertEquals(VolumeState.UNINITIALIZED, v0.getState());
			second.clock().advance(whole.multipliedBy(29).dividedBy(100));
			assertEquals(70, t3a.volume("v0").getProgress());
			second.clock().advance(whole.multipliedBy(30).dividedBy(100).plusSeconds(2));
			assertEquals(VolumeOperation.NONE, t3a.volume("v0").getOperation(), "done after the time that was left");
			assertEquals(VolumeState.UNMOUNTED, t3a.volume("v0").getState());
		}
	}

	private static Volume find(org.restripe.model.Site site) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream()).filter(u -> u.getName().equals("t3a"))
				.flatMap(u -> u.getVolumes().stream()).filter(v -> v.getName().equals("v0")).findFirst().orElseThrow();
	}
}
