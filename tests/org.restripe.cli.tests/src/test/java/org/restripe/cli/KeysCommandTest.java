package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.Site;

/** A kit built offline at one center is shown and run at another once that one trusts the first's key. */
class KeysCommandTest {
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String stdin, String... args) {
		out.reset();
		err.reset();
		return new RestripeCli().run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void aSecondCenterTrustsTheFirstsExportedKeyAndThenAcceptsItsKit() throws Exception {
		Path first = dir.resolve("first");
		Path second = dir.resolve("second");
		Path password = Files.writeString(dir.resolve("pw"), "center secret\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		Path current = dir.resolve("current.restripe");
		SiteFiles.save(DemoSite.create(), current);
		Site desired = DemoSite.create();
		desired.getSubsystems().get(0).getStorageUnits().get(0).getCache().setReadAhead(false);
		Path desiredFile = dir.resolve("desired.restripe");
		SiteFiles.save(desired, desiredFile);
		Path kit = dir.resolve("change.kit");
		assertEquals(0, run("", "plan", "--current", current.toString(), "--desired", desiredFile.toString(), "--kit",
				kit.toString(), "--data", first.toString(), "--key-password-file", password.toString()), err.toString());

		assertEquals(1, run("", "show", kit.toString(), "--data", second.toString()));
		assertTrue(err.toString().contains("a center this workbench does not trust"), err.toString());

		assertEquals(0, run("", "keys", "export", "--data", first.toString(), "--key-password-file", password.toString()));
		String line = out.toString().strip();
		assertTrue(line.startsWith("restripe-center-key ed25519 "), line);
		assertEquals(0, run(line + "\n", "keys", "trust", "-", "--data", second.toString()), err.toString());
		assertTrue(out.toString().startsWith("Trusted Restripe center"), out.toString());

		assertEquals(0, run("", "keys", "list", "--data", second.toString()));
		assertEquals(1, out.toString().lines().count(), "the second center has no key of its own yet: " + out);

		assertEquals(0, run("", "show", kit.toString(), "--data", second.toString()), err.toString());
		assertTrue(out.toString().startsWith("Signed by Restripe center"), out.toString());
	}

	@Test
	void aDamagedKeyLineIsRefusedWithTheReason() {
		assertEquals(1, run("restripe-center-key rsa AAAA someone\n", "keys", "trust", "-", "--data",
				dir.resolve("d").toString()));
		assertTrue(err.toString().startsWith("restripe keys trust: "), err.toString());
		assertTrue(!err.toString().contains("Exception"), err.toString());
	}
}
