package org.restripe.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A whole {@code restripe} command as the engineer's shell runs it ({@link RestripeCli#run}, the path of
 * {@code main} without its System.exit), for the benchmarks. Lives in the CLI's package to reach that method.
 */
public final class BenchCli {
	private BenchCli() {
	}

	/** What a command printed and returned. */
	public record Outcome(int exitCode, String out, String err) {
	}

	public static Outcome run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new RestripeCli().run(args, new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
