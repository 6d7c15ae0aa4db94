package org.restripe.ui.monitoring;

import java.util.Map;
import java.util.Optional;

import org.restripe.monitor.advice.Wording;
import org.restripe.monitor.trend.PortShare;

/**
 * The I/O requests each port of a subsystem carried over the recent window, and the busiest port's share.
 *
 * @param requestsByPort port ("u1p1 on t3a") to requests counted, in port order
 */
public record PortLoad(String subsystem, Map<String, Double> requestsByPort, Optional<PortShare> share) {
	/** "port u1p1 on t3a carries 80% of the I/O of subsystem Database (fair share 50%)". */
	public String shareText() {
		if (share.isEmpty()) {
			return "Subsystem " + subsystem + ": no I/O counted yet (a port's load needs two polls)";
		}
		PortShare s = share.get();
		return "port " + s.busiest() + " carries " + Wording.percent(s.share()) + " of the I/O of subsystem " + subsystem
				+ " (fair share " + Wording.percent(1.0 / s.ports()) + (s.unbalanced() ? "): balance channels" : ")");
	}
}
