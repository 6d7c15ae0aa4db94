package org.restripe.monitor.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The decoding boundary under Jazzer: whatever bytes an agent sends, and whatever bindings they decode to,
 * the poller gets readings (good, or bad with a reason) or a problem, never an exception. In a normal build
 * this runs the inputs under ResponseDecoderFuzzTestInputs (regression mode); JAZZER_FUZZ=1 fuzzes.
 */
class ResponseDecoderFuzzTest {
	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	/** Raw bytes, BER-decoded by snmp4j as a response PDU, then mapped to rows of one table. */
	@FuzzTest(maxDuration = "3m")
	void anyBytesBecomeRowsOrAProblem(FuzzedDataProvider data) {
		SnmpTable table = data.pickValue(SnmpTable.values());
		byte[] ber = data.consumeRemainingAsBytes();
		ResponseDecoder.Decoded decoded = ResponseDecoder.decode("fuzz", table, ber, 100, NOW);
		assertNotNull(decoded.rows());
		if (decoded.problem() != null) {
			assertTrue(decoded.rows().isEmpty(), decoded.problem());
		}
		decoded.rows().forEach(r -> assertConsistent(table, r));
	}

	/** Bindings of any OID and type under the table (what a hostile agent can send inside a valid PDU). */
	@FuzzTest(maxDuration = "3m")
	void anyBindingsBecomeRowsMarkedGoodOrBad(FuzzedDataProvider data) {
		SnmpTable table = data.pickValue(SnmpTable.values());
		List<VariableBinding> bindings = new ArrayList<>();
		int n = data.consumeInt(0, 200);
		for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
			bindings.add(new VariableBinding(oid(data, table), variable(data)));
		}
		ResponseDecoder.Decoded decoded = ResponseDecoder.rows("fuzz", table, bindings, data.consumeLong(), NOW);
		assertTrue(decoded.rows().size() <= bindings.size());
		decoded.rows().forEach(r -> assertConsistent(table, r));
	}

	private static void assertConsistent(SnmpTable table, Reading r) {
		assertEquals(table, r.table());
		for (SnmpTable.Column c : table.columns()) {
			ColumnValue v = r.value(c.name());
			if (v == null) {
				assertTrue(!r.isGood() && r.problem().contains(c.name()), r.toString());
			} else {
				assertEquals(c.kind(), v.kind(), r.toString());
				assertNotNull(v.toString());
			}
		}
		if (r.isGood()) {
			assertEquals(table.columns().size(), r.values().size());
		}
	}

	private static OID oid(FuzzedDataProvider data, SnmpTable table) {
		OID oid = data.consumeBoolean() ? table.entry() : new OID();
		int parts = data.consumeInt(0, 6);
		for (int i = 0; i < parts; i++) {
			oid.append(data.consumeBoolean() ? data.consumeInt(0, 14) : data.consumeInt());
		}
		return oid;
	}

	private static Variable variable(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 9)) {
		case 0 -> new Integer32(data.consumeInt());
		case 1 -> new Counter32(data.consumeLong() & 0xFFFF_FFFFL);
		case 2 -> new Counter64(data.consumeLong());
		case 3 -> new Gauge32(data.consumeLong() & 0xFFFF_FFFFL);
		case 4 -> new TimeTicks(data.consumeLong() & 0xFFFF_FFFFL);
		case 5 -> new OctetString(data.consumeBytes(300));
		case 6 -> new OID(data.consumeInts(20));
		case 7 -> new Null(SMIConstants.EXCEPTION_END_OF_MIB_VIEW);
		case 8 -> new Null(SMIConstants.EXCEPTION_NO_SUCH_INSTANCE);
		default -> new Null();
		};
	}
}
