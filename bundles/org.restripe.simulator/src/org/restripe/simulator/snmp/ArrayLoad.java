package org.restripe.simulator.snmp;

/**
 * The load the hosts put on the arrays, in simulated time, for every 100 GB of a volume's capacity: I/O
 * requests per second on a mounted volume (of which {@code readShare} are reads, {@code cacheHitShare} hit
 * the cache), each moving 8 blocks, and the data growth that fills the volumes' file systems.
 * {@link LoadProfile} sets it per volume.
 */
public record ArrayLoad(double requestsPerSecond, double readShare, double cacheHitShare, long growthBytesPerHour) {

	public static ArrayLoad typical() {
		return new ArrayLoad(100, 0.7, 0.85, 80_000_000L);
	}
}
