package org.restripe.simulator.snmp;

/**
 * What the hosts have done to one volume since the site started: counters that only go up (an unmount stops
 * them, it does not reset them) and the used space, which grows by what the hosts write until the volume is
 * full.
 */
final class VolumeActivity {
	static final int BLOCK = 512;
	static final int BLOCKS_PER_REQUEST = 8;

	final Counter requests;
	final Counter blocksRead;
	final Counter blocksWritten;
	final Counter cacheHits;
	final Counter cacheMisses;
	private double usedBytes;
	private double lastRequests;
	private double lastBlocksRead;
	private double lastBlocksWritten;

	VolumeActivity(LoadProfile.VolumeLoad load, long capacity) {
		long start = load.counterStart();
		requests = new Counter(start);
		blocksRead = new Counter(start);
		blocksWritten = new Counter(start);
		cacheHits = new Counter(start);
		cacheMisses = new Counter(start);
		usedBytes = Math.min(capacity, capacity * load.usedPercent() / 100);
	}

	/** {@code seconds} of simulated time at {@code load}; nothing moves unless {@code mounted}. */
	void advance(double seconds, boolean mounted, LoadProfile.VolumeLoad load, LoadProfile profile, long capacity) {
		lastRequests = lastBlocksRead = lastBlocksWritten = 0;
		if (!mounted || !(seconds > 0)) {
			return;
		}
		double n = load.requestsPerSecond() * seconds;
		double reads = n * profile.readShare();
		double grown = Math.min(capacity - usedBytes, load.growthBytesPerHour() * seconds / 3600);
		usedBytes += Math.max(0, grown);
		lastRequests = n;
		lastBlocksRead = reads * BLOCKS_PER_REQUEST;
		// the hosts' new data is written too: the written blocks are at least what the used space grew by
		lastBlocksWritten = (n - reads) * BLOCKS_PER_REQUEST + Math.max(0, grown) / BLOCK;
		requests.add(n);
		blocksRead.add(lastBlocksRead);
		blocksWritten.add(lastBlocksWritten);
		cacheHits.add(n * profile.cacheHitShare());
		cacheMisses.add(n * (1 - profile.cacheHitShare()));
	}

	long usedBytes() {
		return (long) usedBytes;
	}

	/** What the last {@link #advance} added: the array's ports share it. */
	double lastRequests() {
		return lastRequests;
	}

	double lastBlocksRead() {
		return lastBlocksRead;
	}

	double lastBlocksWritten() {
		return lastBlocksWritten;
	}
}
