package org.restripe.review.rules;

import java.util.HashMap;
import java.util.Map;

import org.restripe.model.ManagementHost;
import org.restripe.model.SerialPort;
import org.restripe.model.StorageUnit;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * Every array's console is wired to the management host: the console is the way back in when a change
 * takes the array off the network.
 */
public final class ConsoleWiringRule implements Rule {

	@Override
	public String id() {
		return "console-wiring";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		ManagementHost host = context.site().getManagementHost();
		if (host == null) {
			findings.error(this, context.site(), "The site has no storage management host, so no array console can be"
					+ " reached remotely.", "Add a management host to the site and wire the console of every array to it.");
			return;
		}
		Map<StorageUnit, SerialPort> wired = new HashMap<>();
		for (SerialPort port : host.getSerialPorts()) {
			StorageUnit unit = port.getConsole();
			if (unit == null) {
				continue;
			}
			if (!context.isSiteUnit(unit)) {
				findings.error(this, port, "Serial port " + port.getName() + " of " + host.getName()
						+ " is wired to an array that is not in the site.", "Wire serial port " + port.getName() + " of " + host.getName()
						+ " to an array of the site, or remove the port.");
			}
			SerialPort other = wired.putIfAbsent(unit, port);
			if (other != null) {
				findings.warning(this, port, "The console of " + Labels.of(unit) + " is wired to two serial ports, "
						+ other.getName() + " and " + port.getName() + ".", "Unwire " + port.getName() + " from " + unit.getName()
						+ " and keep " + other.getName() + ": the array has one console.");
			}
		}
		for (StorageUnit unit : context.units()) {
			if (!wired.containsKey(unit)) {
				findings.error(this, unit, "The console of " + Labels.of(unit) + " is not wired to the management host "
						+ host.getName() + ": if the change drops the array off the network there is no way back in.",
						"Wire a serial port of " + host.getName() + " to the console of "
						+ unit.getName() + ".");
			}
		}
	}
}
