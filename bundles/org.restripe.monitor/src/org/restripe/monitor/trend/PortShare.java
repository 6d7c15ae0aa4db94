package org.restripe.monitor.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.restripe.monitor.samples.SeriesPoint;

/**
 * How the I/O of a subsystem spreads over its ports: each port's share of the requests counted over the
 * window. Unbalanced when the busiest port carries half again its fair share (1/n) or more.
 *
 * @param subsystem  the subsystem the ports serve
 * @param busiest    the busiest port, "u1p1 on t3a"
 * @param share      its share of the requests, 0..1
 * @param requests   the requests all ports counted
 * @param ports      how many ports
 */
public record PortShare(String subsystem, String busiest, double share, double requests, int ports) {
	/** The busiest port's share over its fair share above which the load wants balancing. */
	public static final double IMBALANCE = 1.5;

	/** The shares from each port's request counter; empty with fewer than two ports or no I/O at all. */
	public static Optional<PortShare> of(String subsystem, Map<String, List<SeriesPoint>> requestsByPort) {
		if (requestsByPort.size() < 2) {
			return Optional.empty();
		}
		List<Map.Entry<String, Double>> increases = new ArrayList<>();
		double total = 0;
		for (Map.Entry<String, List<SeriesPoint>> port : requestsByPort.entrySet()) {
			double increase = Counters.increase(port.getValue());
			increases.add(Map.entry(port.getKey(), increase));
			total += increase;
		}
		if (!(total > 0)) {
			return Optional.empty();
		}
		Map.Entry<String, Double> busiest = increases.stream().max(Comparator.comparingDouble(Map.Entry::getValue))
				.orElseThrow();
		return Optional.of(new PortShare(subsystem, busiest.getKey(), busiest.getValue() / total, total, increases.size()));
	}

	public boolean unbalanced() {
		return share >= Math.min(1.0, IMBALANCE / ports);
	}
}
