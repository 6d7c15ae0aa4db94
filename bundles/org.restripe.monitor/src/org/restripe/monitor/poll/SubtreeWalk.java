package org.restripe.monitor.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.util.DefaultPDUFactory;
import org.snmp4j.util.PDUFactory;
import org.snmp4j.util.TreeEvent;
import org.snmp4j.util.TreeListener;
import org.snmp4j.util.TreeUtils;

/**
 * Every value under one OID of one agent, as {@code snmpbulkwalk} reads it: for a look at what an agent
 * offers beyond the tables the poller knows, and for comparing the poller with net-snmp's walk.
 *
 * @param values (OID, value as text) in the agent's order
 * @param error  null when the walk reached the end of the subtree; otherwise why it stopped (values so far kept)
 */
public record SubtreeWalk(String target, String root, List<Value> values, String error) {

	/** One value: its OID (dotted) and its text as snmp4j shows it. */
	public record Value(String oid, String text) {
	}

	public SubtreeWalk {
		Objects.requireNonNull(target, "target");
		values = List.copyOf(values);
	}

	static CompletableFuture<SubtreeWalk> start(SnmpPoller poller, PollTarget target, Target<Address> snmpTarget,
			String root, int maxRepetitions) {
		CompletableFuture<SubtreeWalk> done = new CompletableFuture<>();
		List<Value> values = new ArrayList<>();
		TreeUtils utils = new TreeUtils(poller.session().snmp(), bulk(poller, maxRepetitions));
		utils.setMaxRepetitions(maxRepetitions);
		TreeListener listener = new TreeListener() {
			private volatile boolean finished;

			@Override
			public boolean next(TreeEvent event) {
				VariableBinding[] bindings = event.getVariableBindings();
				if (bindings != null) {
					for (VariableBinding vb : bindings) {
						if (vb != null && vb.getOid() != null) {
							values.add(new Value(vb.getOid().toDottedString(), String.valueOf(vb.getVariable())));
						}
					}
				}
				return true;
			}

			@Override
			public void finished(TreeEvent event) {
				next(event);
				finished = true;
				String error = event.isError() ? target.name() + ": walk of " + root + " cut short: " + event.getErrorMessage()
						: null;
				done.complete(new SubtreeWalk(target.name(), root, values, error));
			}

			@Override
			public boolean isFinished() {
				return finished;
			}
		};
		try {
			utils.getSubtree(snmpTarget, new OID(root), null, listener);
		} catch (RuntimeException e) {
			done.complete(new SubtreeWalk(target.name(), root, values, target.name() + ": " + e.getMessage()));
		}
		return done;
	}

	private static PDUFactory bulk(SnmpPoller poller, int maxRepetitions) {
		return new PDUFactory() {
			@Override
			public PDU createPDU(Target<?> target) {
				poller.countRequest();
				PDU pdu = DefaultPDUFactory.createPDU(target, PDU.GETBULK);
				pdu.setMaxRepetitions(maxRepetitions);
				return pdu;
			}

			@Override
			public PDU createPDU(MessageProcessingModel model) {
				poller.countRequest();
				return DefaultPDUFactory.createPDU(model, PDU.GETBULK);
			}
		};
	}
}
