package org.restripe.cli;

import java.time.Duration;

import org.restripe.connect.run.LineSpec;

/** How the CLI dials a site: the center's modem on a serial line through jssc, or on a TCP modem server. */
final class Dialling {
	private Dialling() {
	}

	static LineSpec.Dialler center(Duration idle) {
		return (modem, site, timeout) -> {
			throw new LineSpec.BadLineException("dialling through " + modem + " is not built into this command line yet");
		};
	}
}
