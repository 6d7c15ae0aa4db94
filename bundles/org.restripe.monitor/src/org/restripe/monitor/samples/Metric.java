package org.restripe.monitor.samples;

/**
 * The metrics the monitoring keeps, as stored in a series' METRIC column. Counters are stored as increases:
 * each sample is what the counter counted since the reading before (see {@link ReadingSamples}), so that
 * wraps and restarts are settled once, with the agent's sysUpTime at hand, and an hour's roll-up sums them.
 */
public final class Metric {
	/** Bytes in use on a volume (from hrStorageUsed times the allocation unit). */
	public static final String USED_BYTES = "used.bytes";
	/** A volume's size in bytes. */
	public static final String SIZE_BYTES = "size.bytes";
	/** I/O requests a volume served since the reading before. */
	public static final String VOLUME_REQUESTS = "volume.requests";
	/** I/O requests a port (channel) carried since the reading before. */
	public static final String PORT_REQUESTS = "port.requests";
	/** Cache hits and misses of a volume since the reading before. */
	public static final String CACHE_HITS = "cache.hits";
	public static final String CACHE_MISSES = "cache.misses";
	/** A disk's FRU status (org.restripe.model.FruStatus value) and role (DiskRole value). */
	public static final String DISK_STATUS = "disk.status";
	public static final String DISK_ROLE = "disk.role";

	private Metric() {
	}
}
