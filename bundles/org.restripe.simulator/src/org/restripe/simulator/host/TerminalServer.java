package org.restripe.simulator.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.restripe.simulator.line.ConsoleIo;
import org.restripe.simulator.line.LineBuffer;
import org.restripe.simulator.line.LineOwner;
import org.restripe.simulator.line.StreamService;

/**
 * The storage management host's terminal server: after the modem's CONNECT (or a telnet login on loopback)
 * the engineer lists the console ports, connects to an array's console, comes back with Ctrl-] and sees
 * who holds which port. One engineer per console at a time, as conserver hands out write access; and the
 * console itself takes one session at a time, so a console someone reached directly refuses the
 * engineer with one line, after which the terminal server's prompt is back. The console stays logged in
 * across Ctrl-] and {@code disconnect}: the array does not know the engineer left.
 */
public final class TerminalServer {
	/** Ctrl-], the escape back from a console to the terminal server, as telnet uses it. */
	public static final int ESCAPE = 0x1D;
	private static final byte[] TELNET_CHARACTER_MODE = { (byte) 255, (byte) 251, 1, (byte) 255, (byte) 251, 3 };

	private final String hostName;
	private final List<ConsolePort> ports;
	private final Consumer<String> log;
	private final Map<Integer, LineOwner<String>> holders = new LinkedHashMap<>();
	private final Map<String, Socket> consoleSockets = new ConcurrentHashMap<>();
	private final AtomicInteger sessions = new AtomicInteger();

	public TerminalServer(String hostName, List<ConsolePort> ports, Consumer<String> log) {
		this.hostName = hostName;
		this.ports = List.copyOf(ports);
		this.log = log;
		for (ConsolePort port : this.ports) {
			holders.put(port.number(), new LineOwner<>("port " + port.number()));
		}
	}

	/** For the modem: the caller is whoever the modem connected. */
	public StreamService overModem() {
		return (in, out) -> serve(in, out, "modem-" + sessions.incrementAndGet(), false);
	}

	/** For the telnet listener: asks the client for character mode so our echo is the only one. */
	public StreamService overTelnet() {
		return (in, out) -> serve(in, out, "telnet-" + sessions.incrementAndGet(), true);
	}

	private void serve(InputStream in, OutputStream out, String user, boolean telnet) throws IOException {
		if (telnet) {
			out.write(TELNET_CHARACTER_MODE);
		}
		// typed bytes pass through a buffer so that a console bridge can notice the console closing
		// without waiting for the engineer's next keystroke
		LineBuffer typed = LineBuffer.fedBy(in, "terminal-" + user);
		ConsoleIo io = new ConsoleIo(typed.input(), out);
		io.writeLine("");
		io.writeLine(hostName + " terminal server. Commands: ports, connect PORT, disconnect PORT, who, quit");
		try {
			while (true) {
				io.write(hostName + "> ");
				String line = io.readLine(false);
				if (line == null || line.trim().equals("quit") || line.trim().equals("logout")) {
					return;
				}
				command(io, typed, user, line.trim().split("\\s+"));
			}
		} finally {
			holders.values().forEach(owner -> owner.release(user));
		}
	}

	private void command(ConsoleIo io, LineBuffer typed, String user, String[] words) throws IOException {
		switch (words[0]) {
		case "":
			return;
		case "ports":
			io.writeLine(String.format("%-5s %-12s %-10s %-7s %s", "PORT", "DEVICE", "CONSOLE", "TCP", "USER"));
			for (ConsolePort p : ports) {
				io.writeLine(String.format("%-5d %-12s %-10s %-7d %s", p.number(), p.device(), p.arrayName(), p.tcpPort(),
						holders.get(p.number()).holder().orElse("-")));
			}
			return;
		case "who":
			io.writeLine("you are " + user);
			holders.forEach((port, owner) -> owner.holder().ifPresent(holder -> writeQuietly(io, "port " + port + ": " + holder)));
			return;
		case "connect":
			withPort(io, words, p -> connect(io, typed, user, p));
			return;
		case "disconnect":
			withPort(io, words, p -> kick(io, p));
			return;
		default:
			io.writeLine(words[0] + ": unknown command (ports, connect PORT, disconnect PORT, who, quit)");
		}
	}

	private interface PortAction {
		void run(ConsolePort port) throws IOException;
	}

	private void withPort(ConsoleIo io, String[] words, PortAction action) throws IOException {
		if (words.length != 2) {
			io.writeLine("usage: " + words[0] + " PORT (a number or an array name)");
			return;
		}
		for (ConsolePort p : ports) {
			if (words[1].equals(String.valueOf(p.number())) || words[1].equals(p.arrayName())) {
				action.run(p);
				return;
			}
		}
		io.writeLine("no such port: " + words[1]);
	}

	private void connect(ConsoleIo io, LineBuffer typed, String user, ConsolePort port) throws IOException {
		LineOwner<String> owner = holders.get(port.number());
		if (!owner.tryTake(user, user)) {
			io.writeLine(owner.refusal());
			return;
		}
		io.writeLine("connected to " + port.arrayName() + " on " + port.device() + "; Ctrl-] returns here");
		log.accept(hostName + ": " + user + " connected to " + port.arrayName());
		try (Socket console = new Socket(InetAddress.getLoopbackAddress(), port.tcpPort())) {
			consoleSockets.put(user, console);
			ConsoleBridge.run(io, typed, console);
		} finally {
			consoleSockets.remove(user);
			owner.release(user);
			log.accept(hostName + ": " + user + " left " + port.arrayName());
		}
		io.writeLine("");
		io.writeLine("disconnected from " + port.arrayName());
	}

	/** Frees a port held by another session: its console link is closed under it. */
	private void kick(ConsoleIo io, ConsolePort port) throws IOException {
		String holder = holders.get(port.number()).takeAway();
		if (holder == null) {
			io.writeLine("port " + port.number() + " is free");
			return;
		}
		Socket socket = consoleSockets.remove(holder);
		if (socket != null) {
			socket.close();
		}
		io.writeLine("disconnected " + holder + " from port " + port.number());
	}

	private static void writeQuietly(ConsoleIo io, String line) {
		try {
			io.writeLine(line);
		} catch (IOException e) {
			throw new IllegalStateException("terminal went away while listing sessions", e);
		}
	}
}
