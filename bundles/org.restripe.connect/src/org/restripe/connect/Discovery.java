package org.restripe.connect;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.StorageUnit;

/**
 * Reads an array's configuration over its console: runs the driver's read commands one after another and
 * lets the driver build the storage unit from their output. Used before a change (the current
 * configuration) and after it (verification against the desired one).
 */
public final class Discovery {
	private final ArrayDriver driver;

	public Discovery(ArrayDriver driver) {
		this.driver = driver;
	}

	/**
	 * The unit the array describes, with stable id {@code unitId} and the name the site knows it by (the
	 * driver can tell the array's parts but not what the site calls it).
	 */
	public StorageUnit discover(ConsoleSession console, String unitId, String unitName, IProgressMonitor monitor)
			throws IOException, DiscoveryException {
		Map<String, String> outputs = outputs(console, monitor);
		StorageUnit unit = driver.discover(unitId, outputs);
		unit.setName(unitName);
		return unit;
	}

	/**
	 * The output of each discovery command and of the follow-up commands the driver chooses from them (e.g.
	 * slices only where slicing is on), keyed by the command; a refused read command fails discovery.
	 */
	public Map<String, String> outputs(ConsoleSession console, IProgressMonitor monitor)
			throws IOException, DiscoveryException {
		List<String> commands = driver.discoveryCommands();
		monitor.beginTask("Discovering " + console.describe(), commands.size() + 2);
		try {
			Map<String, String> outputs = new LinkedHashMap<>();
			runAll(console, commands, outputs, monitor);
			runAll(console, driver.followUpDiscoveryCommands(Map.copyOf(outputs)), outputs, monitor);
			return outputs;
		} finally {
			monitor.done();
		}
	}

	private void runAll(ConsoleSession console, List<String> commands, Map<String, String> outputs,
			IProgressMonitor monitor) throws IOException, DiscoveryException {
		for (String command : commands) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException("discovery of " + console.describe() + " cancelled");
			}
			monitor.subTask(command);
			String output = console.run(command);
			String refusal = driver.console().refusal(output).orElse(null);
			if (refusal != null) {
				throw new DiscoveryException(console.describe() + " refused '" + command + "': " + refusal);
			}
			outputs.put(command, output);
			monitor.worked(1);
		}
	}
}
