package org.restripe.simulator.snmp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

import org.restripe.simulator.array.StorageArray;

/**
 * A lean stand-in for {@link SiteSnmpAgent} when a poller needs many fast targets (the polling benchmark's
 * thousand): v2c only, read-only, sysUpTime and the same tables, answered from a {@link LeanSnapshot} taken
 * every 200 ms, so counters move as the agent's do. One thread and a selector serve every port; a request is
 * decoded with snmp4j's BER classes and the reply built from bindings encoded once a snapshot. A wrong
 * community or a datagram that is not an SNMP request gets no answer, as from an agent. The full agent stays
 * the simulator's normal one (v3, MIB-II system, snmpwalk-able); this one plays only what a poller reads.
 */
public final class LeanResponder implements AutoCloseable {
	private static final long REFRESH_MS = 200;

	private final ArrayTables tables;
	private final LeanReplies replies;
	private final Selector selector;
	private final List<DatagramChannel> channels = new ArrayList<>();
	private final Timer refresher = new Timer("lean-refresh", true);
	private final Thread thread;
	private volatile boolean running = true;

	private LeanResponder(List<Integer> ports, String community, List<StorageArray> arrays, LoadProfile load)
			throws IOException {
		tables = new ArrayTables(arrays, load);
		replies = new LeanReplies(community, LeanSnapshot.of(tables));
		selector = Selector.open();
		try {
			for (int port : ports) {
				DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
				channels.add(channel);
				channel.bind(new InetSocketAddress("127.0.0.1", port));
				channel.configureBlocking(false);
				channel.register(selector, SelectionKey.OP_READ);
			}
		} catch (IOException e) {
			closeChannels();
			throw e;
		}
		thread = new Thread(this::serve, "lean-responder");
		thread.setDaemon(true);
	}

	/** Starts answering on 127.0.0.1:{@code ports}, each port a target of its own to a poller. */
	public static LeanResponder start(List<Integer> ports, String community, List<StorageArray> arrays, LoadProfile load)
			throws IOException {
		LeanResponder responder = new LeanResponder(ports, community, arrays, load);
		responder.thread.start();
		responder.refresher.schedule(new TimerTask() {
			@Override
			public void run() {
				responder.tables.refresh();
				responder.replies.use(LeanSnapshot.of(responder.tables));
			}
		}, REFRESH_MS, REFRESH_MS);
		return responder;
	}

	private void serve() {
		ByteBuffer in = ByteBuffer.allocateDirect(65_536);
		ByteBuffer out = ByteBuffer.allocate(LeanReplies.MAX_REPLY);
		while (running) {
			try {
				selector.select();
				for (SelectionKey key : selector.selectedKeys()) {
					answerAll((DatagramChannel) key.channel(), in, out);
				}
				selector.selectedKeys().clear();
			} catch (IOException | RuntimeException e) {
				if (!running) {
					return;
				}
				// one bad datagram or send must not silence every target
			}
		}
	}

	private void answerAll(DatagramChannel channel, ByteBuffer in, ByteBuffer out) throws IOException {
		SocketAddress from;
		while ((from = receive(channel, in)) != null) {
			in.flip();
			out.clear();
			if (replies.answer(in, out)) {
				out.flip();
				channel.send(out, from);
			}
		}
	}

	private static SocketAddress receive(DatagramChannel channel, ByteBuffer in) throws IOException {
		in.clear();
		return channel.receive(in);
	}

	/** How many requests were answered (GETs and each GETNEXT/GETBULK). */
	public long answered() {
		return replies.answered();
	}

	@Override
	public void close() {
		running = false;
		refresher.cancel();
		selector.wakeup();
		try {
			thread.join(5_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		closeChannels();
		try {
			selector.close();
		} catch (IOException e) {
			// closing: nothing left to answer
		}
	}

	private void closeChannels() {
		for (DatagramChannel channel : channels) {
			try {
				channel.close();
			} catch (IOException e) {
				// closing: the port is released either way
			}
		}
	}
}
