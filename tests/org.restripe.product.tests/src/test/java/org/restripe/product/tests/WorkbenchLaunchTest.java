package org.restripe.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The materialized product started as README command 1 starts it (its {@code restripe} script; the build's
 * product, under Xvfb like every UI test): a first start opens the demo site's diagram in the Design
 * perspective; a second workbench on a data directory another one is using says why it cannot start, in a
 * dialog and in its log, and exits, leaving the first one running.
 */
class WorkbenchLaunchTest {
	/** No error in a start's log: Eclipse's log entries of severity 4 (ERROR), as -consoleLog prints them. */
	private static final Pattern ERROR_ENTRY = Pattern.compile("(?m)^!ENTRY \\S+ 4 ");

	@TempDir
	Path work;

	@Test
	void aFirstStartShowsTheDemoSiteInTheDesignPerspective() throws Exception {
		Workbench first = Workbench.start(work, work.resolve("data"), true);
		String marker = first.awaitWindow();
		int exit = first.awaitExit();

		assertTrue(marker.contains("perspective org.restripe.ui.perspective.design"), marker);
		assertTrue(marker.contains("editor demo-site"), marker);
		assertTrue(Files.isRegularFile(work.resolve("data/sites/demo-site.restripe")), "the demo site was written");
		assertEquals(0, exit, first.output());
		assertFalse(ERROR_ENTRY.matcher(first.output()).find(), first.output());
	}

	@Test
	void aSecondWorkbenchOnTheSameDataSaysWhyAndExits() throws Exception {
		Path data = work.resolve("data");
		Workbench first = Workbench.start(work.resolve("first"), data, false);
		try {
			first.awaitWindow();
			Workbench second = Workbench.start(work.resolve("second"), data, false);
			X11Window dialog = X11Window.await("Restripe cannot start");
			dialog.pressReturnUntil(() -> !second.isRunning());
			int exit = second.awaitExit();

			assertEquals(0, exit, second.output());
			assertTrue(second.output().contains("Restripe cannot start: Cannot open the Restripe database in "
					+ data.toRealPath().resolve("db") + ": another program (a workbench, a CLI command or a restripe"
					+ " store-server) has this database open"), second.output());
			assertTrue(second.output().contains("Is another Restripe already using " + data.toRealPath()),
					second.output());
			assertFalse(second.markerWritten(), "the second workbench showed no window of its own");
			assertTrue(first.isRunning(), "the first workbench goes on");
		} finally {
			first.stop();
		}
	}

	static Path product() throws IOException {
		Path root = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
		Path product = root.resolve("releng/org.restripe.product/target/products/org.restripe.product/linux/gtk/x86_64/"
				+ "restripe");
		if (!Files.isExecutable(product.resolve("restripe"))) {
			throw new IOException("no materialized product at " + product + ": build releng/org.restripe.product first");
		}
		return product;
	}
}
