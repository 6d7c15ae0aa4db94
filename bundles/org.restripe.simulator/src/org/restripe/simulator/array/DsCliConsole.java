package org.restripe.simulator.array;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.restripe.simulator.line.ConsoleIo;
import org.restripe.simulator.line.ExclusiveLine;
import org.restripe.simulator.line.StreamService;

/**
 * The interactive DS CLI of one simulated DS8000 storage image, as its console line serves it: the user and
 * password questions, the session banner (wrapped after "DS:"), the {@code dscli> } prompt, and before each
 * command's output the {@code Date/Time: ... IBM DSCLI Version: ... DS: IBM.2107-...} line. {@code exit} or
 * {@code quit} ends the session. The questions' wording is reconstructed, unverified.
 */
public final class DsCliConsole implements StreamService {
	/** The DS8000's administrator and, since Restripe logs in to every array as root, that user too. */
	private static final Set<String> USERS = Set.of("admin", "root");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm:ss a z", Locale.US);

	private final StorageArray array;
	private final String password;
	private volatile boolean asking;

	public DsCliConsole(StorageArray array, String password) {
		this.array = array;
		this.password = password;
	}

	/** This console on a serial line of its own; a new session that finds it asking is shown the question. */
	public ExclusiveLine serialLine(Consumer<String> log) {
		ExclusiveLine line = new ExclusiveLine(array.name() + " dscli", this, log);
		line.greetWith(() -> asking ? "Enter your username: " : "");
		return line;
	}

	@Override
	public void serve(InputStream in, OutputStream out) throws IOException {
		ConsoleIo io = new ConsoleIo(in, out);
		while (login(io)) {
			io.writeLine(banner().replace(" DS: ", " DS:\r\n"));
			if (!commands(io)) {
				return;
			}
		}
	}

	private boolean login(ConsoleIo io) throws IOException {
		for (int attempt = 0; attempt < 3; attempt++) {
			asking = true;
			io.write("Enter your username: ");
			String user = io.readLine(false);
			asking = false;
			if (user == null) {
				return false;
			}
			io.write("Enter your password: ");
			String given = io.readLine(true);
			if (given == null) {
				return false;
			}
			if (USERS.contains(user.trim()) && password.equals(given)) {
				return true;
			}
			io.writeLine(DsCliMessages.loginRefused());
		}
		return false;
	}

	/** False when the stream ended, true after exit. */
	private boolean commands(ConsoleIo io) throws IOException {
		DsCliCommands commands = new DsCliCommands(array, io);
		while (true) {
			io.write("dscli> ");
			String line = io.readLine(false);
			if (line == null) {
				return false;
			}
			String command = line.trim().replaceAll("\\s+", " ");
			if (command.isEmpty()) {
				continue;
			}
			if (command.equals("exit") || command.equals("quit")) {
				return true;
			}
			List<String> reply = commands.run(command);
			if (reply.isEmpty() || !reply.get(0).startsWith("CMMCI")) {
				io.writeLine(banner());
			}
			for (String text : reply) {
				if (!text.isEmpty()) {
					io.writeLine(text);
				}
			}
		}
	}

	private String banner() {
		return "Date/Time: " + DATE.format(ZonedDateTime.now()) + " IBM DSCLI Version: " + DsCliMessages.DSCLI_VERSION
				+ " DS: " + DsCliLists.storageImage(array.unit());
	}
}
