package org.restripe.ui.operations;

import java.util.List;
import java.util.Locale;

import org.restripe.connect.SessionRecording;
import org.restripe.ui.session.CastEvent;

/**
 * How a recorded session ended, in the words the Recordings view shows, read off the markers the session wrote:
 * a kit run's "run ended: OUTCOME: ..." and the workbench's "verification: ..." after it; a discovery is a
 * discovery. A recording without its closing line was cut off.
 */
public final class RecordingOutcome {
	/** The marker the workbench writes after reading the arrays back once a run ended. */
	public static final String VERIFICATION = "verification: ";
	static final String RUN_ENDED = "run ended: ";

	private RecordingOutcome() {
	}

	public static String of(String kind, List<CastEvent> events) {
		String ended = null;
		String verification = null;
		boolean closed = false;
		for (CastEvent event : events) {
			if (!event.isMarker()) {
				continue;
			}
			String text = event.data();
			if (text.startsWith(RUN_ENDED)) {
				ended = text.substring(RUN_ENDED.length());
			} else if (text.startsWith(VERIFICATION)) {
				verification = text.substring(VERIFICATION.length());
			} else if (text.startsWith(SessionRecording.CLOSING)) {
				closed = true;
			}
		}
		String what = switch (kind) {
		case "discover" -> "discovery";
		case "rehearse" -> "rehearsal";
		case "run" -> "run";
		default -> "session";
		};
		if (ended == null) {
			return what.equals("discovery") || what.equals("session") ? what + (closed ? "" : " (cut off)")
					: what + (closed ? ": no step ran" : " (cut off)");
		}
		return what + " " + runOutcome(ended, verification);
	}

	/** "CONFIRMED: All 4 steps ran..." with a verification "Verified: ..." is "verified". */
	private static String runOutcome(String ended, String verification) {
		int colon = ended.indexOf(':');
		String outcome = (colon < 0 ? ended : ended.substring(0, colon)).strip();
		switch (outcome) {
		case "COMPLETED", "CONFIRMED":
			if (verification == null) {
				return outcome.toLowerCase(Locale.ROOT) + ", not verified";
			}
			return verification.startsWith("Verified") ? "verified" : outcome.toLowerCase(Locale.ROOT) + ", NOT verified";
		case "ROLLED_BACK":
			return "rolled back";
		case "HALTED":
			return "halted";
		case "HALTED_ROLLED_BACK":
			return "halted, rolled back";
		case "CANCELLED":
			return "cancelled";
		default:
			return outcome.toLowerCase(Locale.ROOT).replace('_', ' ');
		}
	}
}
