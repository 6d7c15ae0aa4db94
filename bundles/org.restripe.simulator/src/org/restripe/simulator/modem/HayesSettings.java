package org.restripe.simulator.modem;

/** The modem's settings: echo, verbose results, quiet, and the S-registers, with their factory values. */
final class HayesSettings {
	boolean echo;
	boolean verbose;
	boolean quiet;
	final int[] s = new int[64];
	String lastCommand = "AT";

	HayesSettings() {
		reset();
	}

	/** Factory defaults: echo and verbose on, no auto-answer, 50 s to wait for carrier, no inactivity timer. */
	void reset() {
		echo = true;
		verbose = true;
		quiet = false;
		java.util.Arrays.fill(s, 0);
		s[2] = '+';
		s[3] = '\r';
		s[4] = '\n';
		s[5] = 8;
		s[7] = 50;
		s[12] = 50;
	}
}
