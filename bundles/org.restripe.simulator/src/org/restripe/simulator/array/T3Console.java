package org.restripe.simulator.array;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.restripe.simulator.line.ConsoleIo;
import org.restripe.simulator.line.ExclusiveLine;
import org.restripe.simulator.line.LineDropped;
import org.restripe.simulator.line.LineOwner;
import org.restripe.simulator.line.StreamService;

/**
 * The T3 command line of one array's console: the login, the {@code name:/:<n>} prompt with its history
 * number, the read and volume commands, and the {@code vol init} confirmation. The console is one serial
 * console: whether it is logged in and its history number belong to it, not to whoever is typing, so a
 * session that comes back finds it as it was left ({@link #serialLine} runs it that way, shared by its
 * TCP port and its pty). Logout returns it to the login prompt. It serves one stream at a time.
 */
public final class T3Console implements StreamService {
	private static final String LOGIN_USER = "root";
	/** Wrong logins a session gets before the console hangs up on it (the simulator's figure, unverified). */
	public static final int LOGIN_ATTEMPTS = 3;
	/** How long a wrong login waits before "Login incorrect", as a Unix-like console does (unverified). */
	public static final Duration LOGIN_DELAY = Duration.ofSeconds(2);

	private final StorageArray array;
	private final ArrayFaults faults;
	private final String password;
	private final Duration loginDelay;
	private volatile boolean loggedIn;
	private volatile int history = 1;
	private volatile boolean askingForUser;

	public T3Console(StorageArray array, ArrayFaults faults, String password) {
		this(array, faults, password, LOGIN_DELAY);
	}

	/** A console whose wrong logins each wait {@code loginDelay} before they are refused. */
	public T3Console(StorageArray array, ArrayFaults faults, String password, Duration loginDelay) {
		this.array = array;
		this.faults = faults;
		this.password = password;
		this.loginDelay = loginDelay;
	}

	/**
	 * This console on a serial line of its own, for its TCP port and its pty to share one session at a
	 * time. A session that takes the line while the console asks for a login is shown the login question
	 * (the simulator's courtesy, so a fresh connection is greeted); a logged-in console says nothing until
	 * Return, as the real one does. Each new session restarts the count of {@link ArrayFaults#dropAfter}.
	 */
	public ExclusiveLine serialLine(Consumer<String> log) {
		ExclusiveLine line = new ExclusiveLine(array.name() + " console", this, log);
		line.greetWith(() -> askingForUser ? loginQuestion() : "");
		line.addListener(LineOwner.Listener.onTaken(who -> faults.sessionStarted()));
		return line;
	}

	/**
	 * Serves the stream until it ends, going on from where the console was (logged in or not); a dropped
	 * line surfaces as {@link LineDropped}, the console staying logged in.
	 */
	@Override
	public void serve(InputStream in, OutputStream out) throws IOException {
		faults.sessionStarted();
		ConsoleIo io = new ConsoleIo(in, out);
		while (true) {
			if (!loggedIn) {
				if (!login(io)) {
					return;
				}
				loggedIn = true;
				history = 1;
				banner(io);
			}
			if (!commandLoop(io)) {
				return;
			}
			loggedIn = false;
		}
	}

	private String loginQuestion() {
		return "\r\n" + array.name() + " console login: ";
	}

	/**
	 * Asks for a login until one is right; each wrong one waits {@link #loginDelay} before "Login incorrect",
	 * and after {@link #LOGIN_ATTEMPTS} of them the console ends the session (false), so guessing is slow.
	 */
	private boolean login(ConsoleIo io) throws IOException {
		int wrong = 0;
		while (true) {
			askingForUser = true;
			io.write(loginQuestion());
			String user = io.readLine(false);
			askingForUser = false;
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
			pause();
			io.writeLine("Login incorrect");
			if (++wrong >= LOGIN_ATTEMPTS) {
				return false;
			}
		}
	}

	private void pause() throws LineDropped {
		try {
			Thread.sleep(loginDelay.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LineDropped("console stopped during a login");
		}
	}

	private void banner(ConsoleIo io) throws IOException {
		for (String line : T3Commands.versionScreen(array.unit())) {
			io.writeLine(line);
		}
	}

	/** False when the stream ended, true after logout. */
	private boolean commandLoop(ConsoleIo io) throws IOException {
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
			dropIfDue(command);
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
		dropIfDue(command);
	}

	/** The line drops after a session's Nth command if {@link ArrayFaults#dropAfter} asked for it. */
	private void dropIfDue(String command) throws LineDropped {
		if (faults.takeDropAfterCommand()) {
			throw new LineDropped("line dropped after '" + command + "'");
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
