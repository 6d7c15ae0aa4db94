package org.restripe.simulator.array;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.restripe.model.Tray;
import org.restripe.model.VolumeOperation;

/**
 * The screens that report work in progress: {@code refresh -s} (the battery refresh table, laid out as Sun
 * Technical Instruction 1005958.1 shows it) and {@code proc list} (running volume work, reconstructed: no
 * screen was found).
 */
final class T3StatusScreens {
	/** The simulated array's wall clock at simulated time zero (a Monday; the simulator's own). */
	static final Instant BOOTED = Instant.parse("2003-12-15T08:00:00Z");
	/** The battery scheduler refreshes every 14 days (manuals: "once every 14 days"). */
	static final Duration REFRESH_CYCLE = Duration.ofDays(14);
	/** A refresh discharges for about 12 minutes, then recharges; recharging up to 12 hours (manuals). */
	static final Duration DISCHARGE = Duration.ofMinutes(12);
	static final Duration RECHARGE = Duration.ofHours(12);

	private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private T3StatusScreens() {
	}

	/**
	 * {@code refresh -s}: per tray the state of PCU1 and PCU2 (one refreshes after the other; "Discharging"
	 * and "Normal" are the simulator's words, the note shows "Recharging" and "Pending"), then the times.
	 */
	static List<String> refreshStatus(StorageArray array) {
		Duration now = array.clock().elapsed();
		long cycles = now.toNanos() / REFRESH_CYCLE.toNanos();
		Duration start = REFRESH_CYCLE.multipliedBy(cycles);
		Duration into = now.minus(start);
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%24s%-32s%s", "", "PCU1", "PCU2"));
		lines.add("-".repeat(65));
		for (Tray tray : array.unit().getTrays()) {
			lines.add(String.format("%-24s%-32s%s", "U" + tray.getNumber(), pcuState(into, 0), pcuState(into, 1)));
		}
		lines.add(String.format("%-24s%s", "Current Time", CTIME.format(BOOTED.plus(now))));
		lines.add(String.format("%-24s%s", "Start Time", CTIME.format(BOOTED.plus(start))));
		lines.add(String.format("%-24s%s", "Next Refresh", CTIME.format(BOOTED.plus(start).plus(REFRESH_CYCLE))));
		lines.add(String.format("%-24s%d hours, %d minutes, %d seconds.", "Total time elapsed :", into.toHours(),
				into.toMinutesPart(), into.toSecondsPart()));
		return lines;
	}

	private static String pcuState(Duration into, int pcu) {
		Duration turn = DISCHARGE.plus(RECHARGE);
		Duration own = into.minus(turn.multipliedBy(pcu));
		if (own.isNegative()) {
			return "Pending";
		}
		if (own.compareTo(DISCHARGE) < 0) {
			return "Discharging";
		}
		return own.compareTo(turn) < 0 ? "Recharging" : "Normal";
	}

	/** {@code proc list}: one line a running vol init, recon or verify with its percent and running time. */
	static List<String> procList(StorageArray array) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-14s %8s %9s %8s %s", "VOLUME", "CMD_REF", "PERCENT", "TIME", "COMMAND"));
		int ref = 20241;
		for (StorageArray.Work work : array.work()) {
			Duration t = work.running();
			String time = String.format("%d:%02d:%02d", t.toHours(), t.toMinutesPart(), t.toSecondsPart());
			lines.add(String.format("%-14s %8d %9s %8s %s", work.volume(), ref++, work.percent() + "%", time,
					command(work.operation())));
		}
		return lines;
	}

	private static String command(VolumeOperation op) {
		return switch (op) {
		case INITIALIZING -> "vol init";
		case VERIFYING -> "vol verify";
		default -> "vol recon";
		};
	}
}
