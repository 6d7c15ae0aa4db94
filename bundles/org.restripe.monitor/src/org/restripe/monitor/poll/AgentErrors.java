package org.restripe.monitor.poll;

import java.util.Map;

import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/** Agent answers that are refusals, in the engineer's words: v3 reports (RFC 3414 usmStats) and error statuses. */
final class AgentErrors {
	private static final Map<String, String> USM_REPORTS = Map.of(
			"1.3.6.1.6.3.15.1.1.1.0", "the agent does not allow authPriv for this user",
			"1.3.6.1.6.3.15.1.1.2.0", "the agent's clock is out of the v3 time window",
			"1.3.6.1.6.3.15.1.1.3.0", "unknown v3 user",
			"1.3.6.1.6.3.15.1.1.4.0", "unknown v3 engine ID",
			"1.3.6.1.6.3.15.1.1.5.0", "wrong v3 authentication passphrase",
			"1.3.6.1.6.3.15.1.1.6.0", "wrong v3 privacy passphrase (the agent could not decrypt)");

	private AgentErrors() {
	}

	/** Why {@code response} is a refusal rather than an answer, or null when it is an answer. */
	static String refusal(PDU response) {
		if (response.getType() == PDU.REPORT) {
			return report(response);
		}
		if (response.getType() != PDU.RESPONSE) {
			return "the agent sent a " + PDU.getTypeString(response.getType()) + " instead of a response";
		}
		if (response.getErrorStatus() != PDU.noError) {
			return "the agent answered " + response.getErrorStatusText() + " (status " + response.getErrorStatus() + ")";
		}
		return null;
	}

	static String report(PDU report) {
		if (report.size() == 0) {
			return "the agent sent an empty report";
		}
		VariableBinding vb = report.get(0);
		OID oid = vb == null ? null : vb.getOid();
		String known = oid == null ? null : USM_REPORTS.get(oid.toDottedString());
		return known != null ? known : "the agent sent report " + oid;
	}
}
