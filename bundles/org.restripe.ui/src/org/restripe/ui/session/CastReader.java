package org.restripe.ui.session;

import java.util.List;
import java.util.Optional;

import org.restripe.connect.Json;

/**
 * Reads one event line of an asciicast v2 file, the form {@link org.restripe.connect.SessionRecording} writes:
 * a JSON array of a number and two JSON strings, parsed by the connect bundle's own {@link Json} so the view
 * and the recording's verifier read a line alike. The header (a JSON object) and anything malformed give no
 * event.
 */
public final class CastReader {
	private CastReader() {
	}

	public static Optional<CastEvent> event(String line) {
		if (line == null) {
			return Optional.empty();
		}
		Object value;
		try {
			value = Json.parse(line.strip());
		} catch (Json.Malformed e) {
			return Optional.empty();
		}
		if (value instanceof List<?> event && event.size() == 3 && event.get(0) instanceof Double time
				&& event.get(1) instanceof String code && event.get(2) instanceof String data) {
			return Optional.of(new CastEvent(time, code, data));
		}
		return Optional.empty();
	}
}
