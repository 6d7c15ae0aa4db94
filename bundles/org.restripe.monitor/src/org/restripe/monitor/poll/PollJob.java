package org.restripe.monitor.poll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.util.DefaultPDUFactory;
import org.snmp4j.util.TableEvent;
import org.snmp4j.util.TableListener;
import org.snmp4j.util.TableUtils;

/**
 * One poll of one target, as a chain of asynchronous requests with at most one in flight: a GET of
 * sysUpTime (which also proves the credentials), then a GETBULK walk of each table in turn. Every outcome,
 * however the agent misbehaves, completes {@link #result} once, with readings or an error naming the target.
 */
final class PollJob {
	private static final OID SYS_UP_TIME = SnmpConstants.sysUpTime;

	final CompletableFuture<TargetPoll> result = new CompletableFuture<>();
	private final PollTarget target;
	private final List<SnmpTable> tables;
	private final PollerSettings settings;
	private final SnmpPoller poller;
	private final Instant startedAt;
	private final List<TableSnapshot> snapshots = new ArrayList<>();
	private Target<Address> snmpTarget;
	private long sysUpTime = -1;

	PollJob(SnmpPoller poller, PollTarget target, List<SnmpTable> tables, PollerSettings settings) {
		this.poller = poller;
		this.target = target;
		this.tables = tables;
		this.settings = settings;
		this.startedAt = Instant.now();
		// whatever snmp4j does or fails to do, the poll ends: by the time every request could have timed out
		long perRequest = target.timeout().toMillis() * (target.retries() + 1);
		long requests = 2 + tables.size() * (settings.maxRows() / settings.rowsPerRequest() + 2L);
		result.completeOnTimeout(new TargetPoll(target, startedAt, List.of(), target.name() + ": the poll did not end in "
				+ perRequest * requests + " ms (the agent kept it going)"), perRequest * requests, TimeUnit.MILLISECONDS);
	}

	/** Starts the chain with the target's snmp4j Target (made, and for v3 discovered, by the poller). */
	void start(Target<Address> snmpTarget) {
		this.snmpTarget = snmpTarget;
		PDU get = DefaultPDUFactory.createPDU(snmpTarget, PDU.GET);
		get.add(new VariableBinding(SYS_UP_TIME));
		try {
			poller.countRequest();
			poller.session().snmp().send(get, snmpTarget, null, new ResponseListener() {
				@Override
				public <A extends Address> void onResponse(ResponseEvent<A> event) {
					poller.session().snmp().cancel(event.getRequest(), this);
					guarded(() -> upTimeAnswered(event));
				}
			});
		} catch (Exception e) {
			fail("could not send to " + target.address() + ": " + e.getMessage());
		}
	}

	private void upTimeAnswered(ResponseEvent<?> event) {
		PDU response = event.getResponse();
		if (response == null) {
			fail(event.getError() != null ? "could not read " + target.address() + ": " + event.getError().getMessage()
					: silence());
			return;
		}
		String refusal = AgentErrors.refusal(response);
		if (refusal != null) {
			fail(refusal);
			return;
		}
		Variable up = response.size() == 1 && SYS_UP_TIME.equals(response.get(0).getOid()) ? response.get(0).getVariable()
				: null;
		if (!(up instanceof TimeTicks ticks)) {
			fail("the agent's sysUpTime answer is " + (up == null ? "not for sysUpTime" : up.getSyntaxString() + " " + up)
					+ ", not TimeTicks");
			return;
		}
		sysUpTime = ticks.getValue();
		nextTable(0);
	}

	/**
	 * Why the agent said nothing. An agent drops a v2c request with a wrong community silently; a v3 agent that
	 * answered engine discovery reports a wrong digest, but unauthenticated, and snmp4j rightly discards such a
	 * report (RFC 3412 7.2.11b), so a wrong passphrase also looks like silence here.
	 */
	private String silence() {
		String tries = " after " + (target.retries() + 1) + " tries of " + target.timeout().toMillis() + " ms";
		if (target.credentials() instanceof SnmpCredentials.V3User user) {
			return target.address() + " answered v3 engine discovery but not our authPriv request" + tries
					+ ": wrong v3 passphrase for user " + user.user() + " (authentication or privacy), or the user may not read";
		}
		return "no answer from " + target.address() + tries + " (no agent there, or it ignores this community)";
	}

	private void nextTable(int i) {
		if (i == tables.size()) {
			result.complete(new TargetPoll(target, startedAt, snapshots, null));
			return;
		}
		new TableWalk(tables.get(i), i).start();
	}

	PollTarget target() {
		return target;
	}

	/** Ends the poll with {@code why}, prefixed with the target's name. */
	void fail(String why) {
		result.complete(new TargetPoll(target, startedAt, snapshots, target.name() + ": " + why));
	}

	/** Nothing an agent sends may escape as an exception into snmp4j's threads and lose the poll. */
	private void guarded(Runnable step) {
		try {
			step.run();
		} catch (RuntimeException e) {
			fail("unreadable answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
		}
	}

	/** The walk of one table, row by row as TableUtils delivers them. */
	private final class TableWalk implements TableListener {
		private final SnmpTable table;
		private final int position;
		private final Instant readAt = Instant.now();
		private final List<Reading> rows = new ArrayList<>();
		private volatile boolean finished;
		private volatile String disorder;

		TableWalk(SnmpTable table, int position) {
			this.table = table;
			this.position = position;
		}

		void start() {
			TableUtils utils = new TableUtils(OrderCheck.watching(poller.session().snmp(), this::outOfOrder),
					poller.countingFactory(settings.rowsPerRequest()));
			utils.setMaxNumColumnsPerPDU(table.columns().size()); // one request in flight per walk
			utils.setMaxNumRowsPerPDU(settings.rowsPerRequest());
			utils.setRowLimit(settings.maxRows() + 1);
			try {
				utils.getTable(snmpTarget, ColumnOids.of(table), this, null, null, null);
			} catch (RuntimeException e) {
				done("could not walk: " + e.getMessage());
			}
		}

		private void outOfOrder(String why) {
			if (disorder == null) {
				disorder = why;
			}
		}

		@Override
		public boolean next(TableEvent event) {
			if (disorder != null || rows.size() >= settings.maxRows()) {
				return false;
			}
			try {
				rows.add(RowMapper.reading(target.name(), table, event.getIndex(), event.getColumns(), sysUpTime, readAt));
			} catch (RuntimeException e) {
				rows.add(new Reading(target.name(), table, "?", java.util.Map.of(), sysUpTime, readAt,
						"unreadable row (" + e.getClass().getSimpleName() + ")"));
			}
			return true;
		}

		@Override
		public void finished(TableEvent event) {
			if (finished) {
				return;
			}
			finished = true;
			guarded(() -> done(disorder != null ? "walk cut short: " + disorder
					: rows.size() >= settings.maxRows() ? "table cut at " + settings.maxRows() + " rows"
							: TableErrors.describe(event, target)));
		}

		@Override
		public boolean isFinished() {
			return finished;
		}

		private void done(String error) {
			snapshots.add(new TableSnapshot(target.name(), table, sysUpTime, readAt, rows, error));
			nextTable(position + 1);
		}
	}
}
