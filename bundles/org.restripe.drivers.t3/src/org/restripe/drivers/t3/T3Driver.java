package org.restripe.drivers.t3;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.ArrayRelease;

/** The Sun StorEdge T3, T3+ (T3B) and 6120 dialect. */
public class T3Driver implements ArrayDriver {
	/**
	 * {@code T3B Release 2.01.00 2002/03/22 18:35:03 (10.1.1.20)} on T3/T3+,
	 * {@code 6120 Release 3.1.0 Fri Dec 19 ...} on the 6120: the model word, "Release", the firmware.
	 */
	private static final Pattern RELEASE = Pattern.compile("^\\s*(T3B|T3|6120|T4)\\s+Release\\s+(\\S+).*$",
			Pattern.MULTILINE);

	@Override
	public String family() {
		return "Sun StorEdge T3";
	}

	@Override
	public Optional<ArrayRelease> identify(String verOutput) {
		Matcher m = RELEASE.matcher(verOutput);
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(new ArrayRelease(m.group(1), m.group(2), m.group().strip()));
	}
}
