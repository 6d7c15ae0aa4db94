package org.restripe.drivers.t3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line handling shared by the discovery parsers: real captures carry prompts, echoed commands, blank lines
 * and carriage returns, and columns whose widths change between firmware releases.
 */
final class T3Output {
	/** {@code t3a:/:<5>vol list}: host name, colon, directory, colon, history number, then the command. */
	static final Pattern PROMPT = Pattern.compile("^[\\w.-]+:[^:\\s]*:<\\d+>(.*)$");

	private T3Output() {
	}

	/** The output's meaningful lines: no prompts, no blank lines, no carriage returns, no trailing blanks. */
	static List<String> lines(String output) {
		List<String> lines = new ArrayList<>();
		for (String raw : output.split("\n")) {
			String line = raw.replace("\r", "").stripTrailing();
			if (!line.isBlank() && !PROMPT.matcher(line).matches()) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** Splits a line into its columns on runs of blanks. */
	static String[] columns(String line) {
		return line.strip().split("\\s+");
	}

	/**
	 * Cuts a raw console capture into each command's output, keyed by the command typed after the prompt;
	 * so a recorded session can be fed to discovery as it is.
	 */
	static Map<String, String> splitSession(String capture) {
		Map<String, String> outputs = new LinkedHashMap<>();
		String command = null;
		StringBuilder text = new StringBuilder();
		for (String raw : capture.split("\n")) {
			String line = raw.replace("\r", "");
			Matcher prompt = PROMPT.matcher(line);
			if (prompt.matches()) {
				if (command != null) {
					outputs.put(command, text.toString());
				}
				command = prompt.group(1).strip().replaceAll("\\s+", " ");
				text.setLength(0);
			} else if (command != null) {
				text.append(line).append('\n');
			}
		}
		if (command != null && !command.isEmpty()) {
			outputs.put(command, text.toString());
		}
		outputs.remove("");
		return outputs;
	}
}
