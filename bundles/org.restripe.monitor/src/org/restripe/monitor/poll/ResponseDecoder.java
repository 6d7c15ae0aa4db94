package org.restripe.monitor.poll;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.snmp4j.PDU;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Reads one BER-encoded response PDU (as captured off the wire, or as a test makes it) into the readings of
 * a table: snmp4j decodes the bytes, the bindings under the table's columns are grouped by row index and
 * each row goes through {@link RowMapper}. The same refusals and row checks as a poll; malformed bytes end in
 * {@link Decoded#problem()}, never in an exception.
 */
public final class ResponseDecoder {
	/** More bindings than a UDP datagram can carry are not an answer but an attack. */
	static final int MAX_BINDINGS = 65_535 / 4;

	private ResponseDecoder() {
	}

	/** The rows read, in index order, or why there are none. */
	public record Decoded(List<Reading> rows, String problem) {
		public Decoded {
			rows = List.copyOf(rows);
		}
	}

	public static Decoded decode(String target, SnmpTable table, byte[] ber, long sysUpTime, Instant readAt) {
		PDU pdu;
		try {
			pdu = new PDU();
			pdu.decodeBER(new BERInputStream(ByteBuffer.wrap(ber)));
		} catch (IOException e) {
			return new Decoded(List.of(), "not a PDU: " + e.getMessage());
		} catch (RuntimeException e) { // snmp4j's decoder can throw unchecked exceptions on hostile bytes
			return new Decoded(List.of(), "not a PDU (" + e.getClass().getSimpleName() + ")");
		}
		String refusal = AgentErrors.refusal(pdu);
		if (refusal != null) {
			return new Decoded(List.of(), refusal);
		}
		return rows(target, table, pdu.getVariableBindings(), sysUpTime, readAt);
	}

	/** The bindings under {@code table}'s columns as rows; bindings outside the table are ignored. */
	public static Decoded rows(String target, SnmpTable table, List<? extends VariableBinding> bindings, long sysUpTime,
			Instant readAt) {
		if (bindings.size() > MAX_BINDINGS) {
			return new Decoded(List.of(), bindings.size() + " bindings in one response");
		}
		OID entry = table.entry();
		Map<OID, List<VariableBinding>> byIndex = new TreeMap<>();
		for (VariableBinding vb : bindings) {
			OID oid = vb == null ? null : vb.getOid();
			if (oid == null || oid.size() <= entry.size() + 1 || !oid.startsWith(entry)) {
				continue;
			}
			OID index = new OID(oid.getValue(), entry.size() + 1, oid.size() - entry.size() - 1);
			byIndex.computeIfAbsent(index, i -> new ArrayList<>()).add(vb);
		}
		List<Reading> rows = new ArrayList<>();
		byIndex.forEach((index, row) -> rows.add(
				RowMapper.reading(target, table, index, row.toArray(VariableBinding[]::new), sysUpTime, readAt)));
		return new Decoded(rows, null);
	}
}
