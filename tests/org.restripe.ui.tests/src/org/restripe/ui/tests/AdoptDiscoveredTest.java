package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.CacheMode;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.persist.SiteFiles;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.AdoptDiscovered;
import org.restripe.ui.connect.ConnectDialog;
import org.restripe.ui.connect.ConnectFlow;
import org.restripe.ui.connect.DiscoverJob;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.workflow.ConfigurationHistory;
import org.restripe.workflow.VersionReason;

/**
 * A discovery that finds an array changed behind the site file's back (its cache mode set on the simulated array
 * itself) shows the difference and offers to adopt it: adopted, the site file holds what the array does and the
 * file before is kept in the history; declined, the file stays byte for byte as it was.
 */
class AdoptDiscoveredTest {
	@TempDir
	Path dir;

	/** The demo site under a name of its own, so its file and history are this test's alone. */
	private Path siteCopy(String name) throws Exception {
		Path file = dir.resolve(name + ".restripe");
		Files.copy(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE), file);
		return file;
	}

	private static void telnetTo(SimulatedDemoSite site, Shell dialogShell) {
		ConnectDialog dialog = (ConnectDialog) dialogShell.getData();
		ShellBot.click(dialog.linePanel().wayButton(Way.TELNET));
		dialog.linePanel().telnetHostField().setText("127.0.0.1");
		dialog.linePanel().telnetPortField().setText(Integer.toString(site.simulator.telnetPort()));
		ShellBot.press(dialogShell, "Connect");
	}

	/** Sets t3a's cache mode on the simulated array to one the site file does not say; returns it. */
	private static CacheMode changeOnTheArray(SimulatedDemoSite site) {
		StorageUnit t3a = site.array("t3a");
		CacheMode other = t3a.getCache().getCacheMode() == CacheMode.WRITETHROUGH ? CacheMode.WRITEBEHIND
				: CacheMode.WRITETHROUGH;
		t3a.getCache().setCacheMode(other);
		return other;
	}

	private static CacheMode cacheModeOfT3a(Path file) throws Exception {
		Site site = SiteFiles.load(file);
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> "t3a".equals(u.getName())).findFirst().orElseThrow().getCache().getCacheMode();
	}

	@Test
	void adoptedTheSiteFileHoldsWhatTheArrayDoesAndKeepsTheOneBefore() throws Exception {
		Path file = siteCopy("adopt-site");
		try (SimulatedDemoSite site = new SimulatedDemoSite(file); ShellBot bot = new ShellBot()) {
			CacheMode onArray = changeOnTheArray(site);
			CacheMode before = cacheModeOfT3a(file);
			String[] offered = new String[1];
			ISecurePreferences storage = SimulatedDemoSite.storage(dir);
			site.remember(storage, site.arrayNames());
			bot.whenOpen(ConnectDialog.TITLE, s -> telnetTo(site, s));
			bot.whenOpen(AdoptDiscovered.TITLE, s -> {
				offered[0] = ShellBot.texts(s);
				ShellBot.shot(s, "adopt-discovered.png");
				ShellBot.press(s, AdoptDiscovered.ADOPT);
			});
			bot.whenOpen(AdoptDiscovered.DONE_TITLE, s -> ShellBot.press(s, "OK"));
			Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			DiscoverJob job = ConnectFlow.start(window, site.siteFile, storage, dir);
			assertNotNull(job, "the engineer connected");
			bot.dispatchUntil(() -> job.outcome() != null, 180, "the discovery job completed");
			DiscoverJob.Compared compared = assertInstanceOf(DiscoverJob.Compared.class, job.outcome(),
					String.valueOf(job.outcome()));
			assertTrue(!compared.same(), String.join("\n", compared.lines()));
			assertNotNull(compared.discovered(), "what the array shows can be adopted: " + compared.lines());
			bot.dispatchUntil(() -> bot.handled(AdoptDiscovered.DONE_TITLE) == 1, 60,
					"the difference was offered, adopted and the replacement told");
			assertTrue(offered[0].contains("t3a: differs from in the site file"), offered[0]);
			assertTrue(offered[0].contains("cache " + onArray), "the difference is shown: " + offered[0]);
			assertEquals(onArray, cacheModeOfT3a(file), "the current configuration holds what the array does");
			List<org.restripe.workflow.ConfigurationVersion> versions = new ConfigurationHistory(RestripeUi.database())
					.versions("adopt-site");
			assertEquals(VersionReason.DISCOVERED, versions.get(versions.size() - 1).reason(), "kept as discovered");
			assertEquals(VersionReason.REPLACED, versions.get(versions.size() - 2).reason(), "the one before is kept");
			assertTrue(before != onArray);
		}
	}

	@Test
	void declinedTheSiteFileStaysAsItWas() throws Exception {
		Path file = siteCopy("keep-site");
		byte[] was = Files.readAllBytes(file);
		try (SimulatedDemoSite site = new SimulatedDemoSite(file); ShellBot bot = new ShellBot()) {
			changeOnTheArray(site);
			ISecurePreferences storage = SimulatedDemoSite.storage(dir);
			site.remember(storage, site.arrayNames());
			bot.whenOpen(ConnectDialog.TITLE, s -> telnetTo(site, s));
			bot.whenOpen(AdoptDiscovered.TITLE, s -> ShellBot.press(s, AdoptDiscovered.KEEP));
			Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			DiscoverJob job = ConnectFlow.start(window, site.siteFile, storage, dir);
			assertNotNull(job, "the engineer connected");
			bot.dispatchUntil(() -> bot.handled(AdoptDiscovered.TITLE) == 1 && job.outcome() != null, 180,
					"the difference was offered and declined");
			for (org.eclipse.core.runtime.jobs.Job adopting : org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)) {
				if (adopting.getName().startsWith("Adopt the discovered configuration")) {
					adopting.join(); // had declining started one, its file would be written before the check
				}
			}
			UiTestSupport.flush(window.getDisplay());
			assertArrayEquals(was, Files.readAllBytes(file), "the current configuration is untouched");
			assertTrue(new ConfigurationHistory(RestripeUi.database()).versions("keep-site").isEmpty(),
					"nothing kept in the history either");
		}
	}
}
