package org.restripe.simulator.array;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.restripe.simulator.line.ConsoleIo;
import org.restripe.simulator.line.LineDropped;

/**
 * The T3 command line on one byte stream (a serial console or a telnet session): the login, the
 * {@code name:/:<n>} prompt with its history number, the read and volume commands, and the {@code vol
 * init} confirmation. One instance serves one stream until it ends; logout returns to the login prompt.
 */
public final class T3Console {
	private static final String LOGIN_USER = "root";

	private final StorageArray array;
	private final ArrayFaults faults;
	private final String password;

	public T3Console(StorageArray array, ArrayFaults faults, String password) {
		this.array = array;
		this.faults = faults;
		this.password = password;
	}

	/** Serves the stream until it ends; a dropped line surfaces as {@link LineDropped}. */
	public void serve(InputStream in, OutputStream out) throws IOException {
		ConsoleIo io = new ConsoleIo(in, out);
		while (login(io)) {
			banner(io);
			if (!commandLoop(io)) {
				return;
			}
		}
	}

	private boolean login(ConsoleIo io) throws IOException {
		while (true) {
			io.write("\r\n" + array.name() + " console login: ");
			String user = io.readLine(false);
			if (user == null) {
				return false;
			}
			if (user.isBlank()) {
				continue;
			}
			io.write("Password: ");
			String given = io.readLine(true);
			if (given == null) {
				return false;
			}
			if (LOGIN_USER.equals(user.trim()) && password.equals(given)) {
				return true;
			}
			io.writeLine("Login incorrect");
		}
	}

	private void banner(ConsoleIo io) throws IOException {
		for (String line : T3Commands.versionScreen(array.unit())) {
			io.writeLine(line);
		}
	}

	/** False when the stream ended, true after logout. */
	private boolean commandLoop(ConsoleIo io) throws IOException {
		int history = 1;
		T3Commands commands = new T3Commands(array, io);
		while (true) {
			io.setNoise(faults.lineNoise());
			io.write(array.name() + ":/:<" + history + ">");
			String line = io.readLine(false);
			if (line == null) {
				return false;
			}
			String command = line.trim().replaceAll("\\s+", " ");
			if (command.isEmpty()) {
				continue;
			}
			history++;
			if (command.equals("logout") || command.equals("exit")) {
				return true;
			}
			runWithFaults(io, commands, command);
		}
	}

	private void runWithFaults(ConsoleIo io, T3Commands commands, String command) throws IOException {
		CountDownLatch hang = faults.takeHang(command);
		if (hang != null) {
			awaitRelease(hang);
		}
		String error = faults.takeError(command);
		if (error != null) {
			io.writeLine(error);
			return;
		}
		List<String> reply = commands.run(command);
		io.setNoise(faults.lineNoise());
		boolean drop = faults.takeDrop(command);
		int limit = drop ? Math.max(1, reply.size() / 2) : reply.size();
		for (int i = 0; i < limit && i < reply.size(); i++) {
			io.writeLine(reply.get(i));
		}
		if (drop) {
			throw new LineDropped("line dropped during '" + command + "'");
		}
	}

	private static void awaitRelease(CountDownLatch hang) throws IOException {
		try {
			hang.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LineDropped("console stopped while a command hung");
		}
	}
}
