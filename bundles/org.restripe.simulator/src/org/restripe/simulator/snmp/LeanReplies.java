package org.restripe.simulator.snmp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.snmp4j.PDU;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.asn1.BEROutputStream;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Turns one v2c request datagram into its response from the current {@link LeanSnapshot}: GET, GETNEXT and
 * GETBULK (bounded by the reply size, as an agent truncates a bulk reply). Lengths are added up from the
 * bindings' encoded sizes once, then the message is written in one pass. Used by one thread at a time.
 */
final class LeanReplies {
	/** The largest UDP payload on loopback (IPv4), the bound snmp4j's agent also works to. */
	static final int MAX_REPLY = 65_507;
	private static final int V2C = SnmpConstants.version2c;
	/** Message, PDU and binding list headers with the version, request id and error fields, at their longest. */
	private static final int HEADERS = 48;

	private final byte[] community;
	private final List<byte[]> bindings = new ArrayList<>();
	private int used;
	private final AtomicLong answered = new AtomicLong();
	private volatile LeanSnapshot snapshot;

	LeanReplies(String community, LeanSnapshot snapshot) {
		this.community = community.getBytes(StandardCharsets.UTF_8);
		this.snapshot = snapshot;
	}

	void use(LeanSnapshot next) {
		snapshot = next;
	}

	long answered() {
		return answered.get();
	}

	/** Writes the response to {@code request} into {@code out}; false when there is none to send. */
	boolean answer(ByteBuffer request, ByteBuffer out) {
		PDU pdu;
		try {
			pdu = decode(request);
		} catch (IOException | RuntimeException e) {
			return false; // not an SNMP request: agents drop it
		}
		if (pdu == null) {
			return false;
		}
		LeanSnapshot now = snapshot;
		clear();
		int budget = MAX_REPLY - HEADERS - community.length;
		int status = switch (pdu.getType()) {
		case PDU.GET -> get(now, pdu, budget);
		case PDU.GETNEXT -> next(now, pdu, budget);
		case PDU.GETBULK -> bulk(now, pdu, budget);
		default -> -1; // read-only and no traps: nothing else is answered
		};
		if (status < 0) {
			return false;
		}
		if (status != PDU.noError) {
			clear(); // tooBig: RFC 3416 sends no bindings with it
		}
		try {
			encode(pdu.getRequestID().getValue(), status, out);
		} catch (IOException e) {
			return false;
		}
		answered.incrementAndGet();
		return true;
	}

	/** The PDU of a v2c message with our community, or null (wrong version or community: no answer). */
	private PDU decode(ByteBuffer request) throws IOException {
		BERInputStream in = new BERInputStream(request);
		BER.MutableByte type = new BER.MutableByte();
		int length = BER.decodeHeader(in, type);
		if (type.getValue() != BER.SEQUENCE || length > in.getAvailableBytes()) {
			return null;
		}
		if (BER.decodeInteger(in, type) != V2C) {
			return null;
		}
		// a community is short: refuse a long length before decodeString allocates it
		int at = request.position();
		if (request.remaining() < 2 || request.get(at) != BER.OCTETSTRING || (request.get(at + 1) & 0x80) != 0) {
			return null;
		}
		if (!Arrays.equals(BER.decodeString(in, type), community)) {
			return null;
		}
		PDU pdu = new PDU();
		pdu.decodeBER(in);
		return pdu;
	}

	private int get(LeanSnapshot now, PDU pdu, int budget) {
		for (VariableBinding vb : pdu.getVariableBindings()) {
			int i = now.exact(vb.getOid());
			byte[] b = i >= 0 ? now.encoded(i)
					: LeanSnapshot.encode(new VariableBinding(vb.getOid(),
							now.underKnownObject(vb.getOid()) ? Null.noSuchInstance : Null.noSuchObject));
			if (!add(b, budget)) {
				return PDU.tooBig;
			}
		}
		return PDU.noError;
	}

	private int next(LeanSnapshot now, PDU pdu, int budget) {
		for (VariableBinding vb : pdu.getVariableBindings()) {
			if (!add(nextOf(now, vb.getOid(), now.next(vb.getOid())), budget)) {
				return PDU.tooBig;
			}
		}
		return PDU.noError;
	}

	/** RFC 3416 4.2.3: non-repeaters once, then the rest repeated; a full reply is cut, not refused. */
	private int bulk(LeanSnapshot now, PDU pdu, int budget) {
		List<? extends VariableBinding> asked = pdu.getVariableBindings();
		int nonRepeaters = Math.min(Math.max(0, pdu.getNonRepeaters()), asked.size());
		int repetitions = Math.max(0, pdu.getMaxRepetitions());
		for (int j = 0; j < nonRepeaters; j++) {
			OID oid = asked.get(j).getOid();
			if (!add(nextOf(now, oid, now.next(oid)), budget)) {
				return bindings.isEmpty() ? PDU.tooBig : PDU.noError;
			}
		}
		int repeaters = asked.size() - nonRepeaters;
		int[] at = new int[repeaters];
		OID[] last = new OID[repeaters];
		for (int j = 0; j < repeaters; j++) {
			last[j] = asked.get(nonRepeaters + j).getOid();
			at[j] = now.next(last[j]);
		}
		for (int r = 0; r < repetitions && repeaters > 0; r++) {
			boolean allEnded = true;
			for (int j = 0; j < repeaters; j++) {
				allEnded &= at[j] >= now.size();
				if (!add(nextOf(now, last[j], at[j]), budget)) {
					return PDU.noError;
				}
				if (at[j] < now.size()) {
					last[j] = now.oid(at[j]);
					at[j]++;
				}
			}
			if (allEnded) {
				break;
			}
		}
		return PDU.noError;
	}

	private static byte[] nextOf(LeanSnapshot now, OID asked, int i) {
		return i < now.size() ? now.encoded(i) : LeanSnapshot.encode(new VariableBinding(asked, Null.endOfMibView));
	}

	private void clear() {
		bindings.clear();
		used = 0;
	}

	/** Adds a binding if the reply still has room: the running total, not the reply measured again. */
	private boolean add(byte[] binding, int budget) {
		if (used + binding.length > budget) {
			return false;
		}
		bindings.add(binding);
		used += binding.length;
		return true;
	}

	private void encode(int requestId, int status, ByteBuffer out) throws IOException {
		int list = used;
		int errorIndex = 0;
		int pduLength = new Integer32(requestId).getBERLength() + new Integer32(status).getBERLength()
				+ new Integer32(errorIndex).getBERLength() + 1 + BER.getBERLengthOfLength(list) + list;
		int message = 3 + 1 + BER.getBERLengthOfLength(community.length) + community.length + 1
				+ BER.getBERLengthOfLength(pduLength) + pduLength;
		BEROutputStream os = new BEROutputStream(out);
		BER.encodeHeader(os, BER.SEQUENCE, message);
		BER.encodeInteger(os, BER.INTEGER, V2C);
		BER.encodeString(os, BER.OCTETSTRING, community);
		BER.encodeHeader(os, PDU.RESPONSE, pduLength);
		BER.encodeInteger(os, BER.INTEGER, requestId);
		BER.encodeInteger(os, BER.INTEGER, status);
		BER.encodeInteger(os, BER.INTEGER, errorIndex);
		BER.encodeHeader(os, BER.SEQUENCE, list);
		for (byte[] b : bindings) {
			os.write(b);
		}
	}
}
