package org.restripe.product.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One start of the materialized product through its {@code restripe} script, on its own configuration area (a
 * copy of the product's, as a new installation has) and the given data directory. The workbench writes its
 * startup marker once its window shows ({@code -Drestripe.startupMarker}, see the ui bundle's StartupMarker), and
 * closes itself then if asked, as File > Exit does.
 */
final class Workbench {
	private static final long WINDOW_SECONDS = 240; // a cold start on a loaded 2-core machine, with the demo's first run
	private static final long EXIT_SECONDS = 120;

	private final Process process;
	private final Path marker;
	private final Path output;

	private Workbench(Process process, Path marker, Path output) {
		this.process = process;
		this.marker = marker;
		this.output = output;
	}

	static Workbench start(Path dir, Path data, boolean closeOnceShown) throws IOException {
		Path product = WorkbenchLaunchTest.product();
		Path config = dir.resolve("configuration");
		Files.createDirectories(config);
		Files.copy(product.resolve("configuration/config.ini"), config.resolve("config.ini"));
		copyTree(product.resolve("configuration/org.eclipse.update"), config.resolve("org.eclipse.update"));
		Path marker = dir.resolve("window-shown");
		Path output = dir.resolve("output.txt");
		ProcessBuilder builder = new ProcessBuilder(product.resolve("restripe").toString(), "-data", data.toString())
				.redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().put("RESTRIPE_CONFIGURATION", config.toString());
		builder.environment().put("RESTRIPE_VM_ARGS", "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
				+ " -Drestripe.startupMarker=" + marker + " -Drestripe.startupMarker.close=" + closeOnceShown);
		return new Workbench(builder.start(), marker, output);
	}

	/** Waits for the window; the marker's line (perspective, editor, demo site). */
	String awaitWindow() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
		while (!Files.exists(marker)) {
			if (!process.isAlive()) {
				fail("the workbench ended (exit " + process.exitValue() + ") before its window showed:\n" + output());
			}
			if (System.nanoTime() > deadline) {
				fail("no window after " + WINDOW_SECONDS + " s:\n" + output());
			}
			Thread.sleep(50);
		}
		return Files.readString(marker, StandardCharsets.UTF_8);
	}

	int awaitExit() throws IOException, InterruptedException {
		if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("the workbench did not exit within " + EXIT_SECONDS + " s:\n" + output());
		}
		return process.exitValue();
	}

	boolean isRunning() {
		return process.isAlive();
	}

	boolean markerWritten() {
		return Files.exists(marker);
	}

	/** Stops a workbench left running (as the session ending would), forcibly if it does not go. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(EXIT_SECONDS, TimeUnit.SECONDS);
		}
	}

	String output() throws IOException {
		return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (var paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}
