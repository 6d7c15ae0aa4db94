package org.restripe.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.t3.T3Driver;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanProof;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.StorageConfiguration;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.Scripts;

/**
 * The path a change travels in the product, without the UI: plan, render with the T3 driver, run each
 * array's script over its console, rediscover every array and compare with the desired configuration.
 */
final class Restripe {
	static final ArrayDriver T3 = new T3Driver();
	static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);
	/** Checks of running work are repeated this often; the simulated initialisation takes under a second. */
	static final Duration CHECK_INTERVAL = Duration.ofMillis(50);
	/** The element kinds the T3's read commands show as they are; slices and the LUN map are added apart. */
	private static final List<String> DISCOVERABLE = List.of("tray|", "disk|", "volume|", "cache|");

	private Restripe() {
	}

	/** Each array's rendered steps, by array name, in plan order. */
	static Map<String, List<RenderedStep>> scripts(Site current, Site desired) throws PlanRefusedException, KitException {
		Plan plan = PlanProof.provenPlan(current, desired);
		Map<String, ArrayDriver> drivers = new HashMap<>();
		plan.lanes().keySet().forEach(unitId -> drivers.put(unitId, T3));
		return Scripts.render(plan, drivers);
	}

	static ConsoleSession login(SimulatedArrays arrays, String name, SessionRecording recording) throws IOException {
		return ConsoleSession.login(arrays.connect(name), T3.console(),
				new Credentials("root", SimulatedArrays.PASSWORD.toCharArray()), recording, REPLY_TIMEOUT);
	}

	static ScriptOutcome run(SimulatedArrays arrays, String name, List<RenderedStep> steps, Path recordingFile,
			IProgressMonitor monitor) throws IOException, ScriptStoppedException {
		try (SessionRecording recording = SessionRecording.start(recordingFile, name + ": restripe script");
				ConsoleSession console = login(arrays, name, recording)) {
			return new ScriptRunner(console, T3.console(), name, (array, step) -> true)
					.waitingForWork(CHECK_INTERVAL, Duration.ofSeconds(30)).run(steps, monitor);
		}
	}

	/** Runs every array's script, each recorded in its own file under {@code recordings}. */
	static void runAll(SimulatedArrays arrays, Map<String, List<RenderedStep>> scripts, Path recordings)
			throws IOException, ScriptStoppedException {
		for (Map.Entry<String, List<RenderedStep>> script : scripts.entrySet()) {
			ScriptOutcome outcome = run(arrays, script.getKey(), script.getValue(),
					recordings.resolve(script.getKey() + ".cast"), new NullProgressMonitor());
			if (!outcome.completed()) {
				throw new IllegalStateException("script of " + script.getKey() + " did not complete: " + outcome);
			}
		}
	}

	/** Every array of the site as discovery over its console reads it back. */
	static Map<String, StorageUnit> discoverAll(SimulatedArrays arrays, Site site, Path recordings)
			throws IOException, DiscoveryException {
		Map<String, StorageUnit> discovered = new LinkedHashMap<>();
		for (StorageUnit unit : units(site)) {
			try (SessionRecording recording = SessionRecording.start(
					recordings.resolve(unit.getName() + "-discovery.cast"), unit.getName() + ": discovery");
					ConsoleSession console = login(arrays, unit.getName(), recording)) {
				discovered.put(unit.getName(), new Discovery(T3).discover(console, unit.getId(), unit.getName(),
						new NullProgressMonitor()));
			}
		}
		return discovered;
	}

	/**
	 * The lines of the unit's configuration that its read commands can show, as StorageConfiguration writes
	 * them; for a sliced array also its slices (name, size as the array allocates it, volume) and its LUN map
	 * (LUN number, slice). The array knows no hosts, so a mapping is compared by LUN number and slice only.
	 *
	 * @param planned whether the unit is a design, whose LUN sizes the array rounds to its blocks, or as
	 *        discovered, whose sizes are the array's already
	 */
	static List<String> discoverable(StorageUnit unit, boolean planned) {
		Site site = RestripeFactory.eINSTANCE.createSite();
		Subsystem subsystem = RestripeFactory.eINSTANCE.createSubsystem();
		subsystem.setId("discovered");
		site.getSubsystems().add(subsystem);
		subsystem.getStorageUnits().add(EcoreUtil.copy(unit));
		List<String> lines = new ArrayList<>();
		for (String line : StorageConfiguration.of(site).lines()) {
			if (DISCOVERABLE.stream().anyMatch(line::startsWith)) {
				lines.add(line);
			}
		}
		lines.add("unit|" + unit.getId() + "|" + unit.getName() + "|" + unit.getCatalogModel() + "|slicing="
				+ unit.isVolumeSlicing());
		if (unit.isVolumeSlicing()) {
			for (Lun lun : unit.getLuns()) {
				lines.add("slice|" + lun.getName() + "|" + (planned ? T3.lunSizeOnArray(lun.getSize()) : lun.getSize())
						+ "|" + (lun.getVolume() == null ? "" : lun.getVolume().getName()));
			}
			for (LunMapping m : unit.getMappings()) {
				lines.add("lun map|" + m.getLunNumber() + "|" + (m.getLun() == null ? "" : m.getLun().getName()));
			}
		}
		return lines;
	}

	static List<StorageUnit> units(Site site) {
		List<StorageUnit> units = new ArrayList<>();
		site.getSubsystems().forEach(s -> units.addAll(s.getStorageUnits()));
		return units;
	}
}
