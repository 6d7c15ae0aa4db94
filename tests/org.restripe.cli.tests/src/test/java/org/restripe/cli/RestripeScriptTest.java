package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.CacheMode;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;

/**
 * bundles/org.restripe.cli/restripe as the README starts it, on the distribution's jars (this module's build
 * makes them first): a plan and a review work, the first command leaves a class data archive, and the next one
 * maps it in, the model's and EMF's classes included (EMF's jars are unsigned in the distribution, since the
 * JVM does not archive signed ones).
 */
class RestripeScriptTest {
	private static final Path SCRIPT = Path.of("../../bundles/org.restripe.cli/restripe").toAbsolutePath().normalize();

	@TempDir
	Path dir;
	private Path cache;

	@BeforeEach
	void cache() throws Exception {
		cache = Files.createDirectories(dir.resolve("cache"));
	}

	@Test
	void aPlanThenAReviewTheSecondFromTheClassArchiveTheFirstLeft() throws Exception {
		Path current = dir.resolve("current.restripe");
		SiteFiles.save(DemoSite.create(), current);
		Site wanted = DemoSite.create();
		wanted.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals("t3d")).findFirst().orElseThrow().getCache()
				.setCacheMode(CacheMode.WRITEBEHIND);
		Path desired = dir.resolve("desired.restripe");
		SiteFiles.save(wanted, desired);
		Path password = Files.writeString(dir.resolve("key-password"), "center secret\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));

		Result plan = restripe("plan", "--current", current.toString(), "--desired", desired.toString(), "--kit",
				dir.resolve("t3d.kit").toString(), "--data", dir.resolve("data").toString(), "--key-password-file",
				password.toString());
		assertEquals(0, plan.exit(), plan.output());
		assertTrue(plan.output().contains("1 step on 1 array, risk: online; kit written to "), plan.output());
		assertEquals(1, cacheFiles(".jsa.").size(), "the first command leaves its archive: " + cacheFiles(""));

		Path classLog = dir.resolve("classes.log");
		Result review = restripe(List.of("JAVA_TOOL_OPTIONS=-Xlog:class+load=info:file=" + classLog), "review",
				desired.toString());
		assertEquals(0, review.exit(), review.output());
		assertTrue(review.output().contains("0 findings, 0 errors"), review.output());
		assertEquals(1, cacheFiles(".jsa").size(), "the next command adopts the archive: " + cacheFiles(""));
		String loaded = Files.readString(classLog);
		for (String name : List.of("org.restripe.cli.RestripeCli", "org.restripe.model.impl.RestripePackageImpl",
				"org.eclipse.emf.ecore.impl.EPackageImpl")) {
			assertTrue(loaded.contains(name + " source: shared objects file"), name + " is mapped from the archive");
		}
	}

	@Test
	void withTheArchiveOffNoneIsWritten() throws Exception {
		Result version = restripe(List.of("RESTRIPE_CDS=off"), "version");
		assertEquals(0, version.exit(), version.output());
		assertTrue(version.output().startsWith("restripe "), version.output());
		assertEquals(List.of(), cacheFiles(""));
	}

	private record Result(int exit, String output) {
	}

	private Result restripe(String... args) throws Exception {
		return restripe(List.of(), args);
	}

	private Result restripe(List<String> environment, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("XDG_CACHE_HOME", cache.toString());
		builder.environment().remove("RESTRIPE_JAVA_OPTS");
		builder.environment().remove("RESTRIPE_CDS");
		for (String variable : environment) {
			builder.environment().put(variable.substring(0, variable.indexOf('=')),
					variable.substring(variable.indexOf('=') + 1));
		}
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "restripe " + String.join(" ", args) + " ends");
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private List<String> cacheFiles(String containing) throws Exception {
		Path restripe = cache.resolve("restripe");
		if (!Files.isDirectory(restripe)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(restripe)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(containing))
					.filter(n -> !containing.equals(".jsa") || n.endsWith(".jsa")).sorted().toList();
		}
	}
}
