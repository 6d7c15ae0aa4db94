package org.restripe.connect;

import java.util.Locale;

/**
 * What {@link RecordingVerifier} found in a recording: intact, with its size and length, or not, with the
 * line where it stops holding. {@link #message()} is the sentence a command prints.
 *
 * @param recording the recording's file name
 * @param intact whether every line is as recorded and the recording was closed
 * @param line where the problem is (counted from 1, the header), 0 when intact or the file cannot be read
 * @param finding what is wrong, e.g. "line 17 was changed"; empty when intact
 * @param lines the recording's lines, header and closing line included; 0 when not intact
 * @param events the events between header and closing line (output, input and markers)
 * @param seconds how long the session lasted, by its closing line
 * @param head the chain hash of the closing line, to compare with one kept apart; empty when not intact
 */
public record RecordingCheck(String recording, boolean intact, int line, String finding, int lines, int events,
		double seconds, String head) {

	static RecordingCheck failed(String recording, int line, String finding) {
		return new RecordingCheck(recording, false, line, finding, 0, 0, 0, "");
	}

	/** E.g. "t3a.cast is intact: 41 events over 12.3 s, 43 lines, chain head 3f..." or "t3a.cast ... line 17". */
	public String message() {
		if (!intact) {
			return recording + " does not verify: " + finding;
		}
		return recording + " is intact: " + events + " events over " + String.format(Locale.ROOT, "%.1f", seconds)
				+ " s, " + lines + " lines, chain head " + head;
	}
}
