package org.restripe.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.model.VolumeOperation;
import org.restripe.model.VolumeState;
import org.restripe.monitor.poll.ColumnValue;
import org.restripe.monitor.poll.Reading;
import org.restripe.monitor.poll.TableSnapshot;

/**
 * One polled table as text columns: names, sizes, used %, counters, states in the array's words (the MIB's
 * state numbers through the model's vocabularies). A bad row is printed with its reason.
 */
final class PollReport {
	private PollReport() {
	}

	/** Prints {@code snapshot}; returns how many of its rows were bad. */
	static int print(TableSnapshot snapshot, PrintWriter out) {
		List<String[]> lines = new ArrayList<>();
		lines.add(header(snapshot));
		int bad = 0;
		for (Reading r : snapshot.rows()) {
			lines.add(row(r));
			if (!r.isGood()) {
				bad++;
			}
		}
		out.println(snapshot.table().label() + " of " + snapshot.target() + " (sysUpTime "
				+ HumanTicks.format(snapshot.sysUpTime()) + ", " + snapshot.rows().size() + " rows)");
		Columns.print(lines, out);
		if (!snapshot.isComplete()) {
			out.println("  ! " + snapshot.error());
		}
		for (Reading r : snapshot.rows()) {
			if (!r.isGood()) {
				out.println("  ! row " + r.rowIndex() + ": " + r.problem());
			}
		}
		out.println();
		return bad;
	}

	private static String[] header(TableSnapshot s) {
		return switch (s.table()) {
		case VOLUMES -> new String[] { "#", "array", "volume", "state", "operation", "capacity", "requests", "read",
				"written", "cache hits" };
		case DISKS -> new String[] { "#", "array", "disk", "status", "role", "volume" };
		case PORTS -> new String[] { "#", "array", "port", "host", "address", "requests", "read", "written" };
		case STORAGE -> new String[] { "#", "description", "size", "used", "used %" };
		};
	}

	private static String[] row(Reading r) {
		return switch (r.table()) {
		case VOLUMES -> new String[] { r.rowIndex(), text(r, "array"), text(r, "volume"),
				named(r, "state", n -> VolumeState.get(n)), named(r, "operation", n -> VolumeOperation.get(n)),
				bytes(r, "capacityBytes", 1), count(r, "requests"), blocks(r, "blocksRead"), blocks(r, "blocksWritten"),
				hitShare(r) };
		case DISKS -> new String[] { r.rowIndex(), text(r, "array"), text(r, "disk"),
				named(r, "status", n -> FruStatus.get(n)), named(r, "role", n -> DiskRole.get(n)), text(r, "volume") };
		case PORTS -> new String[] { r.rowIndex(), text(r, "array"), text(r, "port"), attached(r), text(r, "address"),
				count(r, "requests"), blocks(r, "blocksRead"), blocks(r, "blocksWritten") };
		case STORAGE -> storage(r);
		};
	}

	private static String[] storage(Reading r) {
		ColumnValue units = r.value("allocationUnits");
		long unit = units == null ? 0 : units.number();
		ColumnValue size = r.value("size");
		ColumnValue used = r.value("used");
		String percent = size == null || used == null || size.number() <= 0 ? "-"
				: String.format("%.1f", 100.0 * used.number() / size.number());
		return new String[] { r.rowIndex(), text(r, "description"), bytes(r, "size", unit), bytes(r, "used", unit), percent };
	}

	private static String text(Reading r, String column) {
		ColumnValue v = r.value(column);
		return v == null ? "?" : v.toString().isEmpty() ? "-" : v.toString();
	}

	private static String count(Reading r, String column) {
		ColumnValue v = r.value(column);
		return v == null ? "?" : v.toString();
	}

	private static String blocks(Reading r, String column) {
		ColumnValue v = r.value(column);
		return v == null ? "?" : HumanBytes.format(Long.toUnsignedString(v.number()), 512);
	}

	private static String bytes(Reading r, String column, long unit) {
		ColumnValue v = r.value(column);
		return v == null || unit <= 0 ? "?" : HumanBytes.format(Long.toUnsignedString(v.number()), unit);
	}

	private static String attached(Reading r) {
		ColumnValue v = r.value("attached");
		return v == null ? "?" : v.number() == 1 ? "attached" : "free";
	}

	private static String hitShare(Reading r) {
		ColumnValue hits = r.value("cacheHits");
		ColumnValue misses = r.value("cacheMisses");
		if (hits == null || misses == null) {
			return "?";
		}
		double h = unsigned(hits.number());
		double all = h + unsigned(misses.number());
		return all > 0 ? String.format("%.1f %%", 100 * h / all) : "-";
	}

	private static double unsigned(long counter) {
		return counter >= 0 ? counter : counter + 0x1p64;
	}

	private static String named(Reading r, String column, Function<Integer, Object> vocabulary) {
		ColumnValue v = r.value(column);
		if (v == null) {
			return "?";
		}
		Object name = v.number() >= Integer.MIN_VALUE && v.number() <= Integer.MAX_VALUE ? vocabulary.apply((int) v.number())
				: null;
		return name == null ? "unknown (" + v.number() + ")" : name.toString();
	}

	/** Left-aligned text columns, two spaces apart. */
	static final class Columns {
		static void print(List<String[]> lines, PrintWriter out) {
			int[] width = new int[lines.get(0).length];
			for (String[] line : lines) {
				for (int i = 0; i < line.length; i++) {
					width[i] = Math.max(width[i], line[i].length());
				}
			}
			for (String[] line : lines) {
				StringBuilder b = new StringBuilder(" ");
				for (int i = 0; i < line.length; i++) {
					b.append(' ').append(line[i]).append(" ".repeat(i < line.length - 1 ? width[i] - line[i].length() + 1 : 0));
				}
				out.println(b.toString().stripTrailing());
			}
		}
	}

	/** Bytes as an engineer says them: 254.8 GB, 1.2 TB. */
	static final class HumanBytes {
		private static final String[] UNITS = { "B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB" };

		static String format(String unsignedCount, long unit) {
			double bytes = Double.parseDouble(unsignedCount) * unit;
			int u = 0;
			while (bytes >= 1000 && u < UNITS.length - 1) {
				bytes /= 1000;
				u++;
			}
			return u == 0 ? String.format("%.0f B", bytes) : String.format("%.1f %s", bytes, UNITS[u]);
		}
	}

	/** sysUpTime (hundredths of a second) as days and time. */
	static final class HumanTicks {
		static String format(long ticks) {
			if (ticks < 0) {
				return "unknown";
			}
			long s = ticks / 100;
			return String.format("%dd %02d:%02d:%02d", s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
		}
	}
}
