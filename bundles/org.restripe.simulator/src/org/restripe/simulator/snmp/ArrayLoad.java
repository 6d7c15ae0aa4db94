package org.restripe.simulator.snmp;

/**
 * The load the hosts put on the arrays, in simulated time: I/O requests per second on each mounted volume
 * (of which {@code readShare} are reads, {@code cacheHitShare} hit the cache), each moving 8 blocks, and
 * the data growth that fills the volumes' file systems.
 */
public record ArrayLoad(double requestsPerSecond, double readShare, double cacheHitShare, long growthBytesPerHour) {

	public static ArrayLoad typical() {
		return new ArrayLoad(250, 0.7, 0.85, 200_000_000L);
	}
}
