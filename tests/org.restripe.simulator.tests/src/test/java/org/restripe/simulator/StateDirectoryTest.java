package org.restripe.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.VolumeState;

/** A change made on an array's console survives stopping and starting the simulator on the same state directory. */
@Timeout(30)
class StateDirectoryTest {
	@TempDir
	Path state;

	@Test
	void consoleChangeSurvivesARestart() throws Exception {
		List<String> log = new ArrayList<>();
		SiteOptions options = SiteOptions.forTests().withStateDir(state);
		try (SimulatedSite first = new SimulatedSite(SimulatorMain.loadOrSeed(state, null), options, log::add);
				Terminal t3 = Terminal.connect(first.consolePort("t3b"))) {
			t3.login("t3b", "secret");
			t3.t3("t3b", "vol unmount v0");
			t3.t3("t3b", "vol remove v0");
			t3.t3("t3b", "sys blocksize 32k");
			assertTrue(first.endpoints().get(0).startsWith("array t3a      console tcp 127.0.0.1:"), first.endpoints().toString());
		}
		assertTrue(Files.exists(SimulatedSite.stateFile(state)));
		try (SimulatedSite second = new SimulatedSite(SimulatorMain.loadOrSeed(state, null), options, log::add);
				Terminal t3 = Terminal.connect(second.consolePort("t3b"))) {
			t3.login("t3b", "secret");
			assertEquals("volume            capacity raid data       standby\r\n", t3.t3("t3b", "vol list"));
			assertTrue(t3.t3("t3b", "sys list").contains("blocksize          : 32k"));
			assertEquals(VolumeState.MOUNTED, second.array("t3a").volume("v0").getState());
		}
	}
}
