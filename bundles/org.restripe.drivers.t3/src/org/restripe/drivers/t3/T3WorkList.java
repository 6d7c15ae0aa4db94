package org.restripe.drivers.t3;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.restripe.drivers.api.RunningWork;
import org.restripe.drivers.api.WorkList;

/**
 * Reads {@code proc list}: per running vol init, recon or verify its volume, command reference, percent
 * done, running time and command ({@code v1  20241  10%  0:00:36 vol init}). The heading and anything else
 * are no work; the columns are split on blanks, as every T3 parser here.
 */
final class T3WorkList implements WorkList {

	@Override
	public String command() {
		return T3Spelling.PROC_LIST.template();
	}

	@Override
	public List<RunningWork> read(String output) {
		List<RunningWork> work = new ArrayList<>();
		for (String line : T3Output.lines(output)) {
			String[] c = T3Output.columns(line);
			if (c.length >= 6 && c[1].matches("\\d{1,9}") && c[2].matches("\\d{1,3}%") && c[3].matches("\\d+:\\d\\d:\\d\\d")
					&& c[4].equals("vol")) {
				int percent = Math.min(100, Integer.parseInt(c[2].substring(0, c[2].length() - 1)));
				work.add(new RunningWork(c[0], String.join(" ", Arrays.copyOfRange(c, 4, c.length)), percent));
			}
		}
		return work;
	}
}
