package org.restripe.monitor.poll;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.snmp4j.PDU;
import org.snmp4j.Session;
import org.snmp4j.Target;
import org.snmp4j.TransportMapping;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Watches the answers to a table walk's GETBULKs: each column's OIDs must go strictly up from the one asked
 * for (RFC 3416). TableUtils takes an OID that falls behind, outside the column, for the column's end and
 * would report a broken agent's table as complete; this names the fault instead. It sits between
 * TableUtils and the session, seeing each request and its response.
 */
final class OrderCheck {
	private OrderCheck() {
	}

	/** {@code session}, with every asynchronous response checked; a fault goes to {@code fault}, once per response. */
	static Session watching(Session session, Consumer<String> fault) {
		return new Watching(session, fault);
	}

	/** A plain delegate rather than a reflective proxy: it sits on every request of every walk. */
	private static final class Watching implements Session {
		private final Session session;
		private final Consumer<String> fault;

		Watching(Session session, Consumer<String> fault) {
			this.session = session;
			this.fault = fault;
		}

		@Override
		public <A extends Address> void send(PDU pdu, Target<A> target, Object userHandle, ResponseListener listener)
				throws IOException {
			session.send(pdu, target, userHandle, checking(pdu, listener, fault));
		}

		@Override
		public <A extends Address> void send(PDU pdu, Target<A> target, TransportMapping<? super A> transport,
				Object userHandle, ResponseListener listener) throws IOException {
			session.send(pdu, target, transport, userHandle, checking(pdu, listener, fault));
		}

		@Override
		public <A extends Address> ResponseEvent<A> send(PDU pdu, Target<A> target) throws IOException {
			return session.send(pdu, target);
		}

		@Override
		public <A extends Address> ResponseEvent<A> send(PDU pdu, Target<A> target, TransportMapping<? super A> transport)
				throws IOException {
			return session.send(pdu, target, transport);
		}

		@Override
		public void cancel(PDU request, ResponseListener listener) {
			session.cancel(request, listener);
		}

		@Override
		public void setLocalEngine(byte[] engineID, int engineBoots, int engineTime) {
			session.setLocalEngine(engineID, engineBoots, engineTime);
		}

		@Override
		public byte[] getLocalEngineID() {
			return session.getLocalEngineID();
		}

		@Override
		public void close() throws IOException {
			session.close();
		}
	}

	private static ResponseListener checking(PDU request, ResponseListener listener, Consumer<String> fault) {
		return new ResponseListener() {
			@Override
			public <A extends Address> void onResponse(ResponseEvent<A> event) {
				String problem = event.getResponse() == null ? null : problem(request, event.getResponse());
				if (problem != null) {
					fault.accept(problem);
				}
				listener.onResponse(event);
			}
		};
	}

	/** The first OID that does not go up within its column, in words, or null. */
	static String problem(PDU request, PDU response) {
		List<? extends VariableBinding> asked = request.getVariableBindings();
		List<? extends VariableBinding> got = response.getVariableBindings();
		int columns = asked.size();
		if (columns == 0 || response.getType() != PDU.RESPONSE) {
			return null;
		}
		OID[] last = new OID[columns];
		for (int i = 0; i < columns; i++) {
			last[i] = asked.get(i).getOid();
		}
		for (int i = 0; i < got.size(); i++) {
			VariableBinding vb = got.get(i);
			if (vb == null || vb.getOid() == null || vb.getVariable() == null || vb.getVariable().isException()) {
				continue;
			}
			int c = i % columns;
			if (last[c] != null && vb.getOid().compareTo(last[c]) <= 0) {
				return "the agent returned OIDs out of order (" + vb.getOid() + " after " + last[c] + ")";
			}
			last[c] = vb.getOid();
		}
		return null;
	}
}
