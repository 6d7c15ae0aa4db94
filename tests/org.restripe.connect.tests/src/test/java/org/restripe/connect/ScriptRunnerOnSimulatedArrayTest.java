package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.model.BlockSize;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.DemoSite;

/** How a script run ends when the array refuses, the engineer cancels, and what the recording keeps. */
class ScriptRunnerOnSimulatedArrayTest {
	@TempDir
	Path recordings;

	/** t3c rebuilt with 16k blocks: unmount, remove, block size, add, init (waits), mount. */
	private static Site blockSizeChange(Site current) {
		Site desired = EcoreUtil.copy(current);
		PlanOnSimulatedArraysTest.find(desired, "t3c", StorageUnit.class).getCache().setBlockSize(BlockSize.K16);
		return desired;
	}

	@Test
	void anErrorReplyStopsTheScriptAtItsStepNamingArrayStepAndReply() throws Exception {
		Site current = DemoSite.create();
		List<RenderedStep> steps = Restripe.scripts(current, blockSizeChange(current)).get("t3c");
		try (SimulatedArrays arrays = new SimulatedArrays(current)) {
			arrays.faults("t3c").errorOn("sys blocksize", "Error: controller busy, try again later");
			ScriptStoppedException stopped = assertThrows(ScriptStoppedException.class, () -> Restripe.run(arrays,
					"t3c", steps, recordings.resolve("t3c.cast"), new NullProgressMonitor()));
			int blockSizeStep = indexOf(steps, "sys blocksize") + 1;
			assertEquals(blockSizeStep, stopped.stepNumber());
			assertEquals(blockSizeStep - 1, stopped.stepsDone());
			assertTrue(stopped.getMessage().startsWith("Array t3c, step " + blockSizeStep + " of " + steps.size()
					+ " (set block size"), stopped.getMessage());
			assertTrue(stopped.getMessage().contains("'sys blocksize 16k'"), stopped.getMessage());
			assertTrue(stopped.getMessage().contains("Error: controller busy, try again later"), stopped.getMessage());
			// the volume was removed before the refusal, and nothing after it ran
			assertTrue(arrays.array("t3c").volumes().isEmpty());
			assertEquals(BlockSize.K64, arrays.array("t3c").unit().getCache().getBlockSize());
		}
	}

	@Test
	void cancellingStopsBetweenCommandsAfterTheStepThatWasRunning() throws Exception {
		Site current = DemoSite.create();
		List<RenderedStep> steps = Restripe.scripts(current, blockSizeChange(current)).get("t3c");
		int unmountStep = indexOf(steps, "vol unmount");
		CancelAfterSteps monitor = new CancelAfterSteps(unmountStep + 1);
		try (SimulatedArrays arrays = new SimulatedArrays(current)) {
			ScriptOutcome outcome = Restripe.run(arrays, "t3c", steps, recordings.resolve("t3c.cast"), monitor);
			assertTrue(outcome.cancelled());
			assertFalse(outcome.completed());
			assertEquals(unmountStep + 1, outcome.stepsDone());
			Volume v0 = arrays.array("t3c").volume("v0");
			assertEquals(VolumeState.UNMOUNTED, v0.getState(), "unmounted, but not removed");
			String typed = typed(recordings.resolve("t3c.cast"));
			assertTrue(typed.contains("vol unmount v0\r"), typed);
			assertFalse(typed.contains("vol remove"), typed);
		}
	}

	@Test
	void theRecordingHoldsEveryCommandTypedAndTheArraysReplies() throws Exception {
		Site current = DemoSite.create();
		Site desired = EcoreUtil.copy(current);
		Volume v0 = PlanOnSimulatedArraysTest.find(desired, "t3a-v0", Volume.class);
		v0.setRaidLevel(RaidLevel.RAID1);
		PlanOnSimulatedArraysTest.find(desired, "t3a-lun0", org.restripe.model.Lun.class).setSize(v0.getCapacity());
		Map<String, List<RenderedStep>> scripts = Restripe.scripts(current, desired);
		Path cast = recordings.resolve("t3a.cast");
		try (SimulatedArrays arrays = new SimulatedArrays(current)) {
			assertTrue(Restripe.run(arrays, "t3a", scripts.get("t3a"), cast, new NullProgressMonitor()).completed());
		}
		List<String> lines = Files.readAllLines(cast, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("{\"version\": 2,"), lines.get(0));
		String typed = typed(cast);
		for (RenderedStep step : scripts.get("t3a")) {
			for (CommandLine line : step.commands()) {
				assertTrue(typed.contains(line.text() + "\r"), "recording lacks '" + line.text() + "'");
				line.answers().forEach(a -> assertTrue(typed.contains(a.answer() + "\r")));
			}
		}
		assertFalse(typed.contains(SimulatedArrays.PASSWORD), "the password must never be recorded");
		String shown = shown(cast);
		assertTrue(shown.contains("Continue ? [N]:"), "the array's question is recorded");
		assertTrue(shown.contains("initializing"), "vol stat was polled while the volume initialised");
	}

	private static int indexOf(List<RenderedStep> steps, String commandStart) {
		for (int i = 0; i < steps.size(); i++) {
			for (CommandLine line : steps.get(i).commands()) {
				if (line.text().startsWith(commandStart)) {
					return i;
				}
			}
		}
		throw new IllegalArgumentException("no step types '" + commandStart + "'");
	}

	private static String typed(Path cast) throws java.io.IOException {
		return events(cast, "\"i\"");
	}

	private static String shown(Path cast) throws java.io.IOException {
		return events(cast, "\"o\"");
	}

	/** The data of one kind of event, concatenated, with the JSON escapes of CR and LF undone. */
	private static String events(Path cast, String kind) throws java.io.IOException {
		StringBuilder text = new StringBuilder();
		for (String line : Files.readAllLines(cast, StandardCharsets.UTF_8)) {
			int at = line.indexOf(", " + kind + ", \"");
			if (line.startsWith("[") && at > 0) {
				String data = line.substring(at + kind.length() + 4, line.length() - 2);
				text.append(data.replace("\\r", "\r").replace("\\n", "\n").replace("\\\"", "\""));
			}
		}
		return text.toString();
	}

	/** The engineer presses Cancel once the given number of steps has finished. */
	private static final class CancelAfterSteps extends NullProgressMonitor {
		private final int steps;
		private final List<Integer> worked = new ArrayList<>();

		CancelAfterSteps(int steps) {
			this.steps = steps;
		}

		@Override
		public void worked(int work) {
			worked.add(work);
			if (worked.size() >= steps) {
				setCanceled(true);
			}
		}
	}
}
