package org.restripe.monitor.poll;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * A v2c agent on loopback that answers sysUpTime properly and table requests as the test says: wrong types,
 * missing columns, OIDs out of order, endless tables, silence after the first answer. Or, with
 * {@link #garbage()}, one that answers every datagram with random bytes.
 */
final class HostileAgent implements AutoCloseable {
	private final AutoCloseable resource;
	final int port;
	final AtomicInteger bulkRequests = new AtomicInteger();

	/** The answer to the n-th GETBULK (from 0): the response's bindings, or null to stay silent. */
	interface Bulk extends BiFunction<Integer, PDU, java.util.List<VariableBinding>> {
	}

	private HostileAgent(AutoCloseable resource, int port) {
		this.resource = resource;
		this.port = port;
	}

	static HostileAgent answering(Bulk bulk) throws IOException {
		DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0"));
		MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
		dispatcher.addMessageProcessingModel(new MPv2c());
		Snmp snmp = new Snmp(dispatcher, transport);
		HostileAgent agent = new HostileAgent(snmp, transport.getListenAddress().getPort());
		snmp.addCommandResponder(new CommandResponder() {
			@Override
			public <A extends org.snmp4j.smi.Address> void processPdu(CommandResponderEvent<A> event) {
				agent.answer(event, bulk);
			}
		});
		snmp.listen();
		return agent;
	}

	private <A extends org.snmp4j.smi.Address> void answer(CommandResponderEvent<A> event, Bulk bulk) {
		PDU request = event.getPDU();
		PDU response = new PDU();
		response.setType(PDU.RESPONSE);
		response.setRequestID(request.getRequestID());
		if (request.getType() == PDU.GET) {
			response.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(4200)));
		} else {
			java.util.List<VariableBinding> bindings = bulk.apply(bulkRequests.getAndIncrement(), request);
			if (bindings == null) {
				return;
			}
			bindings.forEach(response::add);
		}
		event.setProcessed(true);
		try {
			event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(), event.getSecurityModel(),
					event.getSecurityName(), event.getSecurityLevel(), response, event.getMaxSizeResponsePDU(),
					event.getStateReference(), new StatusInformation());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Answers every datagram with 1 to 200 random bytes. */
	static HostileAgent garbage() throws IOException {
		DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		Thread t = new Thread(() -> {
			Random random = new Random(42);
			byte[] buffer = new byte[65_536];
			while (!socket.isClosed()) {
				try {
					DatagramPacket in = new DatagramPacket(buffer, buffer.length);
					socket.receive(in);
					byte[] junk = new byte[1 + random.nextInt(200)];
					random.nextBytes(junk);
					socket.send(new DatagramPacket(junk, junk.length, in.getSocketAddress()));
				} catch (IOException e) {
					return;
				}
			}
		}, "garbage-agent");
		t.setDaemon(true);
		t.start();
		return new HostileAgent(socket, socket.getLocalPort());
	}

	String address() {
		return "127.0.0.1/" + port;
	}

	@Override
	public void close() throws Exception {
		resource.close();
	}
}
