package org.restripe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.restripe.connect.SessionRecording;
import org.restripe.connect.SecretSource;
import org.restripe.connect.run.Dialling;
import org.restripe.connect.run.LineSpec;
import org.restripe.connect.run.SiteLink;
import org.restripe.model.Site;

import picocli.CommandLine.Option;

/** The options every command that talks to a site shares: the line, the secrets, the recording, the data directory. */
final class LineOptions {
	@Option(names = "--line", required = true, paramLabel = "LINE", description = "how to reach the site: "
			+ "dial:DEVICE (the center's modem dials the site's dialback modem), dial:tcp:HOST:PORT, "
			+ "telnet:HOST:PORT (the management host on a LAN link), ports:HOST:BASE (one TCP port a console)")
	String line;

	@Option(names = "--password-file", paramLabel = "FILE", description = "dialback=..., array=... and array.NAME=... "
			+ "lines; the file must be readable by you only. Without it the passwords are asked on the terminal.")
	Path passwordFile;

	@Option(names = "--recording", paramLabel = "FILE.cast", description = "where the session is recorded "
			+ "(default: DATA/recordings/DATE-COMMAND.cast)")
	Path recording;

	@Option(names = "--reply-timeout", paramLabel = "SECONDS", defaultValue = "60",
			description = "how long an array or the terminal server may stay silent (default: ${DEFAULT-VALUE})")
	int replyTimeoutSeconds;

	@Option(names = "--idle-timeout", paramLabel = "MINUTES", defaultValue = "10",
			description = "drop the line after this long without traffic (default: ${DEFAULT-VALUE})")
	int idleMinutes;

	Duration replyTimeout() {
		return Duration.ofSeconds(replyTimeoutSeconds);
	}

	/** The way to the site the --line names; a dial line asks the dialback password from {@code secrets}. */
	SiteLink link(Site site, SecretSource secrets) throws LineSpec.BadLineException {
		return LineSpec.parse(line, site, replyTimeout(), Duration.ofMinutes(idleMinutes), Dialling.dialler(secrets));
	}

	/** Starts the session's recording where asked, or in the data directory's recordings. */
	SessionRecording startRecording(Path dataDirectory, String command, String title) throws IOException {
		Path file = recording;
		if (file == null) {
			Path dir = dataDirectory.resolve("recordings");
			Files.createDirectories(dir);
			file = dir.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + command
					+ ".cast");
		}
		return SessionRecording.start(file, title);
	}
}
