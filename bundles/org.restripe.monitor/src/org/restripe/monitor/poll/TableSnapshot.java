package org.restripe.monitor.poll;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One table of one target as read in one poll: its rows in index order, each good or marked bad. A table that
 * could not be read at all (timeout, authentication failure, a reply that is no table) has no rows and an
 * {@code error}; rows read before a walk broke off are kept, with the error saying it was cut short.
 *
 * @param sysUpTime hundredths of a second, read with the table (-1 when not known)
 */
public record TableSnapshot(String target, SnmpTable table, long sysUpTime, Instant readAt, List<Reading> rows,
		String error) {

	public TableSnapshot {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(readAt, "readAt");
		rows = List.copyOf(rows);
	}

	public boolean isComplete() {
		return error == null;
	}
}
