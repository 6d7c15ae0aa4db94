package org.restripe.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --data DIR}: the data directory the workbench uses too (keys, trusted keys, recordings, run journals). */
final class DataOptions {
	@Option(names = "--data", paramLabel = "DIR", description = "the data directory (default: ~/.restripe)")
	Path data;

	Path dataDirectory() {
		return data != null ? data : Path.of(System.getProperty("user.home"), ".restripe");
	}
}
