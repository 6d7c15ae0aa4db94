package org.restripe.drivers.ds8000;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.drivers.api.DiscoveryException;

/**
 * Reads the tables DS CLI list commands print, in the default (space-aligned) and the delimited
 * ({@code -fmt delim}) format: the Date/Time banner first (wrapped after "DS:" at session start), then a
 * header row, a rule of {@code =} and the rows. An information message saying that nothing was found
 * ({@code CMUC00234I lsckdvol: No CKD Volume found.}) is an empty table; an error message ({@code CMUN...E})
 * fails discovery with that message.
 */
final class DsCliOutput {
	private static final Pattern ERROR = Pattern.compile("^(CMUN\\d{5}E|CMMCI\\d{4}E)\\b.*$");
	private static final Pattern NOTHING_FOUND = Pattern.compile("^CMUC\\d{5}I\\s+\\S+:\\s+No\\b.*\\bfound\\.?\\s*$");
	private static final Pattern RULE = Pattern.compile("^=+$");
	private static final Pattern PROMPT = Pattern.compile("^dscli>.*$");

	private DsCliOutput() {
	}

	/**
	 * The rows of {@code command}'s table, each keyed by column name; the columns named in {@code required}
	 * must all be in the header (others may be too and are kept).
	 */
	static List<Map<String, String>> rows(String command, String output, List<String> required)
			throws DiscoveryException {
		List<String> lines = meaningful(command, output);
		if (lines.isEmpty() || lines.size() == 1 && NOTHING_FOUND.matcher(lines.get(0)).matches()) {
			return List.of();
		}
		String header = lines.get(0);
		int first = lines.size() > 1 && RULE.matcher(lines.get(1).strip()).matches() ? 2 : 1;
		List<String> body = lines.subList(first, lines.size());
		char delimiter = delimiter(header);
		return delimiter != 0 ? delimited(command, header, body, delimiter, required)
				: aligned(command, header, body, required);
	}

	/** The output's lines without banner, prompts, blank lines and carriage returns; an error fails. */
	private static List<String> meaningful(String command, String output) throws DiscoveryException {
		List<String> lines = new ArrayList<>();
		boolean bannerOpen = false;
		for (String raw : output.split("\n")) {
			String line = raw.replace("\r", "").stripTrailing();
			if (line.isBlank() || PROMPT.matcher(line).matches()) {
				continue;
			}
			if (line.startsWith(DsCliSpelling.BANNER_PREFIX.template())) {
				bannerOpen = line.endsWith("DS:");
				continue;
			}
			if (bannerOpen) {
				// the session's first banner wraps after "DS:" and puts the storage image id on a line of its own
				bannerOpen = false;
				if (line.strip().matches("IBM\\.\\d{4}-\\S+|-")) {
					continue;
				}
			}
			Matcher error = ERROR.matcher(line.strip());
			if (error.matches()) {
				throw new DiscoveryException("'" + command + "' failed: " + line.strip());
			}
			lines.add(line);
		}
		return lines;
	}

	private static char delimiter(String header) {
		for (char c : new char[] { '|', ',' }) {
			if (header.indexOf(c) >= 0) {
				return c;
			}
		}
		return 0;
	}

	private static List<Map<String, String>> delimited(String command, String header, List<String> body, char delimiter,
			List<String> required) throws DiscoveryException {
		String[] names = split(header, delimiter);
		requireColumns(command, header, List.of(names), required);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : body) {
			String[] values = split(line, delimiter);
			if (values.length != names.length) {
				throw new DiscoveryException("'" + command + "' printed a row of " + values.length + " columns under a header of "
						+ names.length + ": '" + line.strip() + "'");
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < names.length; i++) {
				row.put(names[i], values[i]);
			}
			rows.add(row);
		}
		return rows;
	}

	private static String[] split(String line, char delimiter) {
		String[] parts = line.split(Pattern.quote(String.valueOf(delimiter)), -1);
		for (int i = 0; i < parts.length; i++) {
			parts[i] = parts[i].strip();
		}
		return parts;
	}

	/**
	 * Space-aligned columns start where their header does (values are left-aligned under it); header names may
	 * hold a blank ({@code cap (cyl)}, {@code DA Pair}), so the required names mark their own columns and any
	 * other word of the header starts a column of its own.
	 */
	private static List<Map<String, String>> aligned(String command, String header, List<String> body,
			List<String> required) throws DiscoveryException {
		List<Column> columns = columns(command, header, required);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : body) {
			if (line.strip().startsWith("CMU")) {
				throw new DiscoveryException("'" + command + "' printed a message inside its table: '" + line.strip() + "'");
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				int start = columns.get(i).start();
				int end = i + 1 < columns.size() ? columns.get(i + 1).start() : Integer.MAX_VALUE;
				row.put(columns.get(i).name(), slice(line, start, end));
			}
			if (row.get(columns.get(0).name()).isEmpty()) {
				throw new DiscoveryException("'" + command + "' printed a row that does not line up with its header: '"
						+ line.strip() + "'");
			}
			rows.add(row);
		}
		return rows;
	}

	private record Column(String name, int start) {
	}

	private static List<Column> columns(String command, String header, List<String> required) throws DiscoveryException {
		List<Column> columns = new ArrayList<>();
		boolean[] taken = new boolean[header.length()];
		for (String name : required) {
			int at = find(header, name);
			if (at < 0) {
				throw new DiscoveryException("'" + command + "' printed no column '" + name + "': '" + header.strip() + "'");
			}
			columns.add(new Column(name, at));
			for (int i = at; i < at + name.length(); i++) {
				taken[i] = true;
			}
		}
		Matcher word = Pattern.compile("\\S+").matcher(header);
		while (word.find()) {
			if (!taken[word.start()]) {
				columns.add(new Column(word.group(), word.start()));
			}
		}
		columns.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return columns;
	}

	/** Where {@code name} stands in the header as a whole column name, not inside another. */
	private static int find(String header, String name) {
		int from = 0;
		while (true) {
			int at = header.indexOf(name, from);
			if (at < 0) {
				return -1;
			}
			boolean startsWord = at == 0 || header.charAt(at - 1) == ' ';
			int end = at + name.length();
			boolean endsWord = end == header.length() || header.charAt(end) == ' ';
			if (startsWord && endsWord) {
				return at;
			}
			from = at + 1;
		}
	}

	private static void requireColumns(String command, String header, List<String> names, List<String> required)
			throws DiscoveryException {
		for (String name : required) {
			if (!names.contains(name)) {
				throw new DiscoveryException("'" + command + "' printed no column '" + name + "': '" + header.strip() + "'");
			}
		}
	}

	private static String slice(String line, int start, int end) {
		if (start >= line.length()) {
			return "";
		}
		return line.substring(start, Math.min(end, line.length())).strip();
	}
}
