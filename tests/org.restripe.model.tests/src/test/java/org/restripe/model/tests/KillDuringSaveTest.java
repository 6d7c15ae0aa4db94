package org.restripe.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restripe.model.Site;
import org.restripe.model.persist.AtomicFiles;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.persist.SiteFormat;

/**
 * A JVM killed with SIGKILL in the middle of a save (Process.destroyForcibly sends SIGKILL on Unix)
 * leaves a site file that still loads: the half-written data only ever sits in the temp file.
 */
class KillDuringSaveTest {

	private static final long TIMEOUT_MS = 60_000;

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(SiteFormat.class)
	void killedSaveLeavesALoadableFile(SiteFormat format) throws Exception {
		Path file = dir.resolve("site" + format.extension());
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				SaveLoop.class.getName(), file.toString(), format.name()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("child.log").toFile()).start();
		try {
			waitForSaveInProgress(file, process);
		} finally {
			process.destroyForcibly();
			assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the child did not die");
		}
		assertEquals(137, process.exitValue(), "the child was not killed by SIGKILL");
		Site site = SiteFiles.load(file);
		assertTrue(site.getCustomer().startsWith("round "), site.getCustomer());
		SiteFiles.load(AtomicFiles.backupOf(file));
	}

	/** Waits until at least two saves are done (so a .bak exists) and a third one is being written. */
	private void waitForSaveInProgress(Path file, Process process) throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("save loop ended early: " + Files.readString(dir.resolve("child.log")));
			}
			List<Path> temps = tempFiles();
			if (Files.exists(AtomicFiles.backupOf(file)) && !temps.isEmpty() && sizeOf(temps.get(0)) > 0) {
				return;
			}
			Thread.sleep(2);
		}
		throw new AssertionError("no save in progress within " + TIMEOUT_MS + " ms; log: "
				+ Files.readString(dir.resolve("child.log")) + " files: " + String.join(File.pathSeparator, list()));
	}

	/** The temp file may be renamed away between listing and measuring it: then it counts as empty. */
	private static long sizeOf(Path temp) throws IOException {
		try {
			return Files.size(temp);
		} catch (java.nio.file.NoSuchFileException gone) {
			return 0L;
		}
	}

	private List<Path> tempFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)
					&& !p.getFileName().toString().contains(".bak")).toList();
		}
	}

	private List<String> list() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}
}
