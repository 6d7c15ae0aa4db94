package org.restripe.simulator.line;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Serves a {@link StreamService} on a loopback TCP port, one thread per connection, like a console reached
 * by telnet; or an {@link ExclusiveLine}, whose device every connection shares one at a time. A dropped
 * line closes only its own connection.
 */
public final class TcpLine implements AutoCloseable {
	/** What serves one accepted connection. */
	private interface SocketService {
		void serve(Socket socket) throws IOException;
	}

	private final ServerSocket server;
	private final SocketService service;
	private final Consumer<String> log;
	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
	private final Thread acceptor;
	/** Far longer than a woken thread takes to leave accept(), short enough not to hang a shutdown. */
	private static final long ACCEPTOR_STOP_MILLIS = 5000;

	/** Listens on 127.0.0.1:{@code port} (0 picks a free port). */
	public TcpLine(String name, int port, StreamService service, Consumer<String> log) throws IOException {
		this(name, port, (SocketService) socket -> service.serve(socket.getInputStream(), socket.getOutputStream()), log);
	}

	/**
	 * Listens on 127.0.0.1:{@code port} for sessions on {@code line}: a connection while another session
	 * holds the line is refused; a line dropped under a connection closes it.
	 */
	public TcpLine(String name, int port, ExclusiveLine line, Consumer<String> log) throws IOException {
		this(name, port, (SocketService) socket -> line.serveConnection(peer(socket), socket.getInputStream(),
				socket.getOutputStream(), () -> closeQuietly(socket)), log);
	}

	private TcpLine(String name, int port, SocketService service, Consumer<String> log) throws IOException {
		this.server = new ServerSocket();
		this.server.setReuseAddress(true);
		this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		this.service = service;
		this.log = log;
		this.acceptor = new Thread(this::acceptLoop, name + "-tcp-" + port());
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	public int port() {
		return server.getLocalPort();
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				socket.setTcpNoDelay(true);
				connections.add(socket);
				Thread session = new Thread(() -> serve(socket), acceptor.getName() + "-session");
				session.setDaemon(true);
				session.start();
			} catch (IOException e) {
				if (!server.isClosed()) {
					log.accept(acceptor.getName() + ": accept failed: " + e.getMessage());
				}
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			service.serve(socket);
		} catch (IOException e) {
			// a peer that goes away is the normal end of a session; the log keeps why
			log.accept(acceptor.getName() + ": session ended: " + e.getMessage());
		} finally {
			connections.remove(socket);
		}
	}

	private static String peer(Socket socket) {
		return "tcp " + socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// closing is all a hang-up does; a socket that will not close is gone anyway
		}
	}

	/**
	 * Closes the port and every connection on it. Returns once the port refuses calls: the JDK only pre-closes a
	 * listening socket that a thread is blocked accepting on, and the kernel keeps accepting until that thread
	 * wakes, so this waits for the accepting thread to end.
	 */
	@Override
	public void close() throws IOException {
		server.close();
		for (Socket socket : connections) {
			socket.close();
		}
		if (Thread.currentThread() != acceptor) {
			try {
				acceptor.join(ACCEPTOR_STOP_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
