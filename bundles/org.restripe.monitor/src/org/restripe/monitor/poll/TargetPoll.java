package org.restripe.monitor.poll;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one poll of one target brought: a snapshot per table asked for, or, when the agent could not be
 * reached at all (no answer, wrong community, wrong v3 passphrase), no tables and an {@code error} naming the
 * target and the cause.
 */
public record TargetPoll(PollTarget target, Instant startedAt, List<TableSnapshot> tables, String error) {

	public TargetPoll {
		Objects.requireNonNull(target, "target");
		tables = List.copyOf(tables);
	}

	public boolean isReached() {
		return error == null;
	}

	/** The snapshot of {@code table}, or null when it was not asked for or the target was not reached. */
	public TableSnapshot table(SnmpTable table) {
		return tables.stream().filter(t -> t.table() == table).findFirst().orElse(null);
	}
}
