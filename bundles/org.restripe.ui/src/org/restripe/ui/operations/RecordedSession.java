package org.restripe.ui.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.restripe.connect.Json;
import org.restripe.connect.RecordingCheck;
import org.restripe.connect.RecordingVerifier;
import org.restripe.ui.session.CastEvent;
import org.restripe.ui.session.CastReader;

/**
 * One session recorded in DATA/recordings, as the Recordings view lists it: the site, when it started, how
 * long it lasted, how it ended (read off the session's own markers) and whether its SHA-256 chain verifies,
 * exactly as {@code restripe verify-recording} checks it.
 *
 * @param file the .cast file
 * @param kind what the session was for: "discover", "run" or "rehearse" (from the file name)
 * @param site the site's name (from the file name: the workbench names recordings STAMP-KIND-SITE.cast)
 * @param started when the session started (the header's time stamp, else the file name's)
 * @param seconds how long the session lasted, by its last event
 * @param outcome how it ended, e.g. "run verified", "run halted", "run rolled back", "discovery"
 * @param check the chain's verification
 */
public record RecordedSession(Path file, String kind, String site, Instant started, double seconds, String outcome,
		RecordingCheck check) {
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
	private static final int STAMP_LENGTH = "yyyyMMdd-HHmmss-SSS".length();

	/** Reads and verifies one recording; a damaged file still gives a row, its chain saying what is wrong. */
	public static RecordedSession read(Path file) throws IOException {
		String name = file.getFileName().toString().replaceFirst("\\.cast$", "");
		String kind = "";
		String site = name;
		Instant stamped = null;
		if (name.length() > STAMP_LENGTH + 1 && name.charAt(STAMP_LENGTH) == '-') {
			stamped = stamp(name.substring(0, STAMP_LENGTH));
			String rest = name.substring(STAMP_LENGTH + 1);
			int dash = rest.indexOf('-');
			if (stamped != null && dash > 0) {
				kind = rest.substring(0, dash);
				site = rest.substring(dash + 1);
			}
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		Instant started = lines.isEmpty() ? null : headerTime(lines.get(0)).orElse(stamped);
		List<CastEvent> events = new ArrayList<>();
		lines.forEach(l -> CastReader.event(l).ifPresent(events::add));
		double seconds = events.isEmpty() ? 0 : events.get(events.size() - 1).time();
		return new RecordedSession(file, kind, site, started == null ? stamped : started, seconds,
				RecordingOutcome.of(kind, events), RecordingVerifier.verify(file));
	}

	/** "verified" when the chain holds, else verify-recording's finding, e.g. "chain broken: line 17 was changed". */
	public String chain() {
		return check.intact() ? "verified" : "chain broken: " + check.finding();
	}

	public boolean verified() {
		return check.intact();
	}

	private static Instant stamp(String text) {
		try {
			return LocalDateTime.parse(text, STAMP).atZone(ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Optional<Instant> headerTime(String header) {
		try {
			if (Json.parse(header.strip()) instanceof Map<?, ?> map && map.get("timestamp") instanceof Number epoch) {
				return Optional.of(Instant.ofEpochSecond(epoch.longValue()));
			}
		} catch (Json.Malformed e) {
			// no header time: the file name's stamp stands
		}
		return Optional.empty();
	}
}
