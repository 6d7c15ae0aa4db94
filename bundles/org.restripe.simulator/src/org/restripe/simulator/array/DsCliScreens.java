package org.restripe.simulator.array;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the simulated DS CLI lays out a list: a header row, a rule of {@code =} as long as the header, then
 * one row a line, in the default format columns left-aligned and as wide as their widest entry, in the
 * delimited format ({@code -fmt delim}) separated by {@code |}. As public captures show (REFERENCE.md,
 * "A mainframe-capable array family: IBM DS8000 DS CLI").
 */
final class DsCliScreens {
	private DsCliScreens() {
	}

	static List<String> table(List<String> header, List<List<String>> rows, boolean delimited) {
		List<String> out = new ArrayList<>();
		if (delimited) {
			String head = String.join("|", header);
			out.add(head);
			out.add("=".repeat(head.length()));
			rows.forEach(r -> out.add(String.join("|", r)));
			return out;
		}
		int[] widths = new int[header.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = header.get(i).length();
			for (List<String> row : rows) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		String head = aligned(header, widths);
		out.add(head);
		out.add("=".repeat(head.length()));
		rows.forEach(r -> out.add(aligned(r, widths)));
		return out;
	}

	private static String aligned(List<String> cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			line.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%-" + widths[i] + "s", cells.get(i)));
		}
		return line.toString().stripTrailing();
	}
}
