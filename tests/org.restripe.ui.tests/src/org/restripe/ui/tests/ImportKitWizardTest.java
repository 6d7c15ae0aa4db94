package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Site;
import org.restripe.plan.kit.CenterKey;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.run.KitChoiceDialog;
import org.restripe.ui.views.SiteFile;
import org.restripe.ui.wizards.ImportKitPage;
import org.restripe.ui.wizards.ImportKitWizard;

/**
 * File > Import Kit...: the page shows, before anything runs, the kit's signer, whether this workbench trusts
 * the key, the signature check and the stale check against the site file; a good kit is copied into the data
 * directory's kits folder and offered for a rehearsal, a kit with one byte changed or signed by a center not
 * trusted here is refused on the page with the reason and cannot be finished.
 */
class ImportKitWizardTest {
	@TempDir
	Path dir;
	private Shell window;
	private Site current;

	@BeforeEach
	void workbench() {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		current = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE)).site();
	}

	private Path data() {
		return dir.resolve("data");
	}

	private ImportKitWizard open(List<WizardDialog> opened) throws Exception {
		ImportKitWizard wizard = new ImportKitWizard(window, data(), RestripeUi.dataDirectory().sites(),
				SimulatedDemoSite.storage(dir));
		WizardDialog dialog = new WizardDialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		opened.add(dialog);
		return wizard;
	}

	private static void closeAll(List<WizardDialog> opened) {
		for (WizardDialog d : opened) {
			if (d.getShell() != null && !d.getShell().isDisposed()) {
				d.close();
			}
		}
	}

	/** Names the kit in the page and waits for its checks to be shown. */
	private static void choose(ImportKitPage page, Path kit, ShellBot bot) {
		page.kitFileField().setText(kit.toString());
		bot.dispatchUntil(() -> page.inspection() != null, 60, "the kit's checks were shown");
	}

	@Test
	void aGoodKitShowsItsTrustedSignerAndFreshnessAndIsImportedIntoTheKitsFolder() throws Exception {
		Path kit = dir.resolve("online.kit");
		CenterKey center = TestKits.write(kit, current, TestKits.onlineChange(current), data());
		List<WizardDialog> opened = new ArrayList<>();
		List<String> offer = new ArrayList<>();
		List<String> rehearsalKit = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(ImportKitWizard.IMPORTED, s -> {
				offer.add(ShellBot.texts(s));
				ShellBot.press(s, ImportKitWizard.REHEARSE);
			});
			bot.whenOpen(KitChoiceDialog.REHEARSE_TITLE, s -> {
				rehearsalKit.add(((KitChoiceDialog) s.getData()).kitField().getText());
				ShellBot.press(s, "Cancel");
			});
			ImportKitWizard wizard = open(opened);
			ImportKitPage page = wizard.page();
			assertEquals("Kit file: choose the .kit file to import", page.getErrorMessage());
			page.kitFileField().setText(dir.resolve("no-such.kit").toString());
			assertEquals("Kit file: " + dir.resolve("no-such.kit") + " does not exist", page.getErrorMessage());
			assertFalse(wizard.canFinish());
			choose(page, kit, bot);
			List<String> facts = page.shownFacts();
			assertEquals(center.name() + " (fingerprint " + center.fingerprint() + ")", facts.get(0), "the signer");
			assertTrue(facts.get(1).startsWith("trusted: "), facts.get(1));
			assertTrue(facts.get(2).startsWith("good: "), facts.get(2));
			assertTrue(facts.get(4).startsWith("fresh: computed from the configuration of " + current.getName()
					+ " as its site file has it now"), facts.get(4));
			assertNull(page.getErrorMessage());
			assertTrue(wizard.canFinish(), "a good kit may be imported");
			ShellBot.shot(opened.get(0).getShell(), "import-kit-good.png");
			ShellBot.press(opened.get(0).getShell(), "Finish");
			bot.dispatchUntil(() -> !rehearsalKit.isEmpty(), 60, "the rehearsal was offered and opened");
			Path imported = data().resolve(ImportKitWizard.KITS).resolve("online.kit");
			assertEquals(imported, wizard.imported());
			assertArrayEquals(Files.readAllBytes(kit), Files.readAllBytes(imported), "copied as it was");
			assertTrue(offer.get(0).contains("The kit is in " + imported), offer.get(0));
			assertEquals(imported.toString(), rehearsalKit.get(0), "the rehearsal starts on the imported kit");
			bot.assertNoFailures();
		} finally {
			closeAll(opened);
		}
	}

	@Test
	void aKitWithOneByteChangedIsRefusedOnThePage() throws Exception {
		Path kit = dir.resolve("tampered.kit");
		TestKits.write(kit, current, TestKits.onlineChange(current), data());
		TestKits.alter(kit, "scripts/t3a.txt", "writethrough", "writethrougH");
		List<WizardDialog> opened = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			ImportKitWizard wizard = open(opened);
			ImportKitPage page = wizard.page();
			choose(page, kit, bot);
			assertNotNull(page.getErrorMessage());
			assertTrue(page.getErrorMessage().startsWith("Signature: ")
					&& page.getErrorMessage().contains("scripts/t3a.txt was altered after the kit was made"),
					page.getErrorMessage());
			assertTrue(page.shownFacts().get(2).startsWith("BAD: "), page.shownFacts().get(2));
			assertFalse(wizard.canFinish(), "an altered kit cannot be imported");
			ShellBot.shot(opened.get(0).getShell(), "import-kit-tampered.png");
			assertFalse(Files.exists(data().resolve(ImportKitWizard.KITS).resolve("tampered.kit")));
		} finally {
			closeAll(opened);
		}
	}

	@Test
	void aKitSignedByACenterNotTrustedHereIsRefusedWithTheReason() throws Exception {
		Path kit = dir.resolve("other-center.kit");
		CenterKey other = TestKits.write(kit, current, TestKits.onlineChange(current), dir.resolve("other-center"));
		Files.createDirectories(data());
		List<WizardDialog> opened = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			ImportKitWizard wizard = open(opened);
			ImportKitPage page = wizard.page();
			choose(page, kit, bot);
			List<String> facts = page.shownFacts();
			assertTrue(facts.get(0).contains(other.fingerprint()), "the signer is shown even so: " + facts.get(0));
			assertTrue(facts.get(1).startsWith("NOT trusted"), facts.get(1));
			assertTrue(facts.get(2).startsWith("good: "), "its signature itself holds: " + facts.get(2));
			assertEquals("Signer: " + other.name() + " is not trusted by this workbench; if you trust that center, add "
					+ "its key first (Preferences > Restripe > Trusted Kit Keys)", page.getErrorMessage());
			assertTrue(facts.get(1).contains(data().resolve("keys").resolve("trusted-keys.txt").toString()),
					"where the trusted keys are: " + facts.get(1));
			assertFalse(wizard.canFinish(), "an untrusted signer's kit cannot be imported");
			ShellBot.shot(opened.get(0).getShell(), "import-kit-untrusted.png");
		} finally {
			closeAll(opened);
		}
	}

	@Test
	void fileImportKitOpensTheWizard() throws Exception {
		try (ShellBot bot = new ShellBot()) {
			List<String> seen = new ArrayList<>();
			bot.whenOpen(ImportKitWizard.TITLE, s -> {
				WizardDialog dialog = assertInstanceOf(WizardDialog.class, s.getData(), "File > Import Kit... is a wizard");
				seen.add(((ImportKitPage) dialog.getCurrentPage()).getErrorMessage());
				ShellBot.press(s, "Cancel");
			});
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.restripe.ui.wizards.importKit",
					null);
			bot.assertNoFailures();
			assertEquals(List.of("Kit file: choose the .kit file to import"), seen);
		}
	}
}
