package org.restripe.monitor.poll;

/** The SMI type of a column value as the poller keeps it; counters say their width, so a delta knows where they wrap. */
public enum ValueKind {
	TEXT, INTEGER, GAUGE32, TIMETICKS, OID,
	/** Wraps at 2^32. */
	COUNTER32,
	/** Wraps at 2^64; the value is held in a long read as unsigned. */
	COUNTER64;

	public boolean isCounter() {
		return this == COUNTER32 || this == COUNTER64;
	}
}
