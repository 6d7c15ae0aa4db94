package org.restripe.monitor;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/** Reads values from an SNMP agent (v2c) for the monitoring samples. */
public final class SnmpPoller implements AutoCloseable {
	private final Snmp snmp;
	private final CommunityTarget<Address> target;

	private SnmpPoller(Snmp snmp, CommunityTarget<Address> target) {
		this.snmp = snmp;
		this.target = target;
	}

	/** A poller for the agent at {@code host/port}, e.g. "127.0.0.1/16161". */
	public static SnmpPoller v2c(String hostSlashPort, String community, long timeoutMillis) throws IOException {
		Snmp snmp = new Snmp(new DefaultUdpTransportMapping());
		snmp.listen();
		CommunityTarget<Address> target = new CommunityTarget<>(GenericAddress.parse("udp:" + hostSlashPort),
				new OctetString(community));
		target.setVersion(SnmpConstants.version2c);
		target.setTimeout(timeoutMillis);
		target.setRetries(1);
		return new SnmpPoller(snmp, target);
	}

	/** The values of {@code oids}, in order, as text. Fails naming the agent if it does not answer. */
	public Map<String, String> get(List<String> oids) throws IOException {
		PDU pdu = new PDU();
		pdu.setType(PDU.GET);
		oids.forEach(oid -> pdu.add(new VariableBinding(new OID(oid))));
		ResponseEvent<Address> event = snmp.send(pdu, target);
		PDU response = event.getResponse();
		if (response == null) {
			throw new IOException("SNMP agent " + target.getAddress() + " did not answer");
		}
		if (response.getErrorStatus() != PDU.noError) {
			throw new IOException("SNMP agent " + target.getAddress() + " answered " + response.getErrorStatusText());
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (VariableBinding vb : response.getVariableBindings()) {
			if (vb.getVariable().isException()) {
				// v2c answers a missing object in the binding, not in the error status: a sample must not
				// silently record "noSuchObject" as a value
				throw new IOException("SNMP agent " + target.getAddress() + " has no value for " + vb.getOid() + " ("
						+ vb.getVariable() + ")");
			}
			values.put(vb.getOid().toDottedString(), vb.getVariable().toString());
		}
		return values;
	}

	@Override
	public void close() throws IOException {
		snmp.close();
	}
}
