package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Planner;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.review.Finding;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.kit.BuildKitJob;
import org.restripe.ui.kit.SecureStorageKeyPassword;
import org.restripe.ui.views.SiteFile;
import org.restripe.ui.wizards.BuildKitPage;
import org.restripe.ui.wizards.BuildKitWizard;
import org.restripe.plan.kit.KitDigest;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProgress;
import org.restripe.workflow.RequestState;

/**
 * Design > Build Kit... as the wizard: the plan's summary with its risk and duration, the kit file checked as it
 * is typed, the center key named; Finish builds the kit in a job, and the dialog after says where it went and
 * its manifest's SHA-256. The kit written verifies against this data directory's trusted keys.
 */
class BuildKitWizardTest {
	@TempDir
	Path dir;

	/** The desired design as an editor offers it to the workbench. */
	private record Design(Site current, Site site, Path file) implements SiteDesign {
		@Override
		public List<Finding> findings() {
			return List.of();
		}

		@Override
		public boolean reveal(String elementId) {
			return false;
		}

		@Override
		public void addDesignListener(Runnable listener) {
		}

		@Override
		public void removeDesignListener(Runnable listener) {
		}
	}

	@Test
	void finishWritesASignedKitThatVerifiesAndSaysWhereAndItsManifestDigest() throws Exception {
		Site current = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE)).site();
		Site desired = TestKits.onlineChange(current);
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		Design design = new Design(current, desired, dir.resolve("demo-site.desired.restripe"));
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		var storage = SimulatedDemoSite.storage(dir);
		BuildKitWizard wizard = new BuildKitWizard(design, window, data, new SecureStorageKeyPassword(storage));
		WizardDialog dialog = new WizardDialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> built = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(BuildKitWizard.BUILT, s -> {
				built.add(ShellBot.texts(s));
				ShellBot.shot(s, "build-kit-result.png");
				ShellBot.press(s, "OK");
			});
			var page = wizard.page();
			String shown = ShellBot.texts(dialog.getShell());
			var plan = new Planner().plan(current, desired);
			assertTrue(shown.contains("Risk:") && shown.contains(plan.risk().label()), shown);
			assertTrue(shown.contains(plan.steps().size() + " steps on " + plan.lanes().size() + " arrays"), shown);
			assertTrue(shown.contains("Duration:") && shown.contains("with the arrays in parallel"), shown);
			assertTrue(shown.contains("made in " + data.resolve("keys")), "no key yet: one is made on Finish\n" + shown);
			assertEquals(dir.resolve("demo-site.kit").toString(), page.kitFileField().getText(), "suggested beside the design");

			page.kitFileField().setText(dir.resolve("no-such-folder").resolve("demo.kit").toString());
			assertEquals("Kit file: the folder " + dir.resolve("no-such-folder") + " does not exist", page.getErrorMessage());
			assertFalse(wizard.canFinish());
			page.kitFileField().setText(dir.resolve("demo.zip").toString());
			assertEquals("Kit file: 'demo.zip' must end in .kit", page.getErrorMessage());
			page.kitFileField().setText("");
			assertEquals("Kit file: give the file to write the kit to", page.getErrorMessage());
			Path kit = dir.resolve("demo.kit");
			page.kitFileField().setText(kit.toString());
			assertNull(page.getErrorMessage());
			bot.dispatchUntil(wizard::canFinish, 60, "the site's open requests were read");
			ShellBot.shot(dialog.getShell(), "build-kit-wizard.png");
			ShellBot.press(dialog.getShell(), "Finish");
			BuildKitJob job = wizard.job();
			assertNotNull(job, "Finish started the build");
			bot.dispatchUntil(() -> !built.isEmpty(), 180, "the kit was built and the result shown");
			assertInstanceOf(BuildKitJob.Built.class, job.outcome(), String.valueOf(job.outcome()));

			Kit read = Kit.read(kit, TrustedKeys.open(data));
			CenterKey center = CenterKey.open(data, new SecureStorageKeyPassword(storage));
			assertEquals(center.fingerprint(), read.signer().fingerprint(), "signed with this center's key");
			assertEquals(plan.steps().size(), read.plan().steps().size());
			assertTrue(built.get(0).contains("The kit is written to " + kit), built.get(0));
			assertTrue(built.get(0).contains("Manifest SHA-256: " + manifestSha256(kit)), built.get(0));
			assertTrue(built.get(0).contains(center.fingerprint()), built.get(0));
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
	}

	@Test
	void aKitFileThatExistsIsSaidToBeReplaced() throws Exception {
		Site current = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE)).site();
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		Files.writeString(dir.resolve("demo-site.kit"), "an older kit");
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		BuildKitWizard wizard = new BuildKitWizard(new Design(current, TestKits.onlineChange(current),
				dir.resolve("demo-site.desired.restripe")), window, data, creating -> "pw".toCharArray());
		WizardDialog dialog = new WizardDialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try (ShellBot bot = new ShellBot()) {
			bot.dispatchUntil(wizard::canFinish, 60, "the site's open requests were read");
			assertNull(wizard.page().getErrorMessage());
			assertEquals("Kit file: demo-site.kit exists and will be replaced", wizard.page().getMessage());
			assertTrue(wizard.canFinish(), "replacing is allowed, once said");
		} finally {
			dialog.close();
		}
	}

	@Test
	void designBuildKitOpensTheWizardOnTheActiveDesiredDesign() throws Exception {
		Site current = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE)).site();
		Path currentFile = dir.resolve("wizard-demo.restripe");
		SiteFiles.save(EcoreUtil.copy(current), currentFile);
		SiteFiles.save(TestKits.onlineChange(current), SiteEditorInput.desiredFileFor(currentFile));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = SiteEditors.designNewConfiguration(page, currentFile);
		try (ShellBot bot = new ShellBot()) {
			UiTestSupport.flush(Display.getCurrent());
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			assertTrue(commands.getCommand("org.restripe.ui.commands.buildKit").isEnabled(), "a design with a plan");
			List<String> seen = new ArrayList<>();
			bot.whenOpen(BuildKitWizard.TITLE, s -> {
				WizardDialog dialog = assertInstanceOf(WizardDialog.class, s.getData(), "Design > Build Kit... is a wizard");
				BuildKitPage kitPage = assertInstanceOf(BuildKitPage.class, dialog.getCurrentPage());
				seen.add(kitPage.kitFileField().getText());
				ShellBot.press(s, "Cancel");
			});
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.restripe.ui.commands.buildKit",
					null);
			bot.assertNoFailures();
			assertEquals(List.of(dir.resolve("wizard-demo.kit").toString()), seen, "the kit is suggested beside the site");
		} finally {
			page.closeEditor(editor, false);
		}
	}

	@Test
	void theKitIsFiledUnderTheRequestSelectedInTheDeskWhichBecomesImplementationBuilt() throws Exception {
		Site current = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE)).site();
		String customer = DeskFixture.unique("tailspin");
		String siteName = customer + "-site";
		DeskFixture.customerWithSite(customer, siteName);
		RequestDesk desk = new RequestDesk(DeskFixture.database());
		Request older = desk.open(customer, siteName, "Write-through cache on every array");
		Request chosen = desk.move(desk.open(customer, siteName, "Raise the reconstruction rate").id(),
				RequestState.CONFIGURATION_DETERMINED, "the configuration is known");
		Request closed = desk.move(desk.open(customer, siteName, "An earlier change").id(), RequestState.CANCELLED,
				"the customer withdrew it");
		Request elsewhere = desk.open(customer, customer + "-other-site", "Another site's change");
		current = TestKits.forCustomer(current, customer);
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		BuildKitWizard wizard = new BuildKitWizard(new Design(current, TestKits.onlineChange(current),
				dir.resolve(siteName + ".desired.restripe")), window, data, creating -> "pw".toCharArray())
				.suggestingRequest(chosen.id());
		WizardDialog dialog = new WizardDialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> built = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(BuildKitWizard.BUILT, s -> {
				built.add(ShellBot.texts(s));
				ShellBot.press(s, "OK");
			});
			bot.dispatchUntil(wizard::canFinish, 60, "the site's open requests were read");
			Combo field = wizard.page().requestField();
			assertEquals(List.of("none", "Request " + chosen.id() + ": Raise the reconstruction rate (" + chosen.state().words() + ")",
					"Request " + older.id() + ": Write-through cache on every array (" + older.state().words() + ")"),
					List.of(field.getItems()), "the site's open requests, newest first: not " + closed.label()
							+ " (cancelled) nor " + elsewhere.label() + " (another site)");
			assertEquals("Request " + chosen.id() + ": Raise the reconstruction rate (" + chosen.state().words() + ")", field.getText(),
					"the request selected in the desk is chosen");
			assertEquals("Request: request " + chosen.id() + " is filed with the kit and becomes implementation built",
					wizard.page().getMessage());
			ShellBot.shot(dialog.getShell(), "build-kit-request.png");
			ShellBot.press(dialog.getShell(), "Finish");
			bot.dispatchUntil(() -> !built.isEmpty(), 180, "the kit was built and the result shown");
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		assertTrue(built.get(0).contains("Request " + chosen.id() + " is now implementation built."), built.get(0));
		// the design is kept in the site's history as designed, as restripe plan keeps it
		var versions = new org.restripe.workflow.ConfigurationHistory(DeskFixture.database()).versions(siteName);
		assertEquals(org.restripe.workflow.VersionReason.DESIGNED, versions.get(versions.size() - 1).reason());
		assertTrue(built.get(0).contains("Kept as version " + versions.size() + " (designed) of " + siteName),
				built.get(0));
		Path kit = dir.resolve(siteName + ".kit");
		assertEquals(RequestState.IMPLEMENTATION_BUILT, desk.find(chosen.id()).orElseThrow().state());
		assertEquals(Optional.of(chosen.id()), new RequestProgress(DeskFixture.database()).requestOfKit(KitDigest.of(kit)),
				"the kit is filed under the request by its manifest's SHA-256");
		assertEquals(RequestState.RECEIVED, desk.find(older.id()).orElseThrow().state(), "the other request stays");
		List<RequestState> path = desk.transitions(chosen.id()).stream().map(t -> t.to()).toList();
		assertEquals(RequestState.IMPLEMENTATION_BUILT, path.get(path.size() - 1), String.valueOf(path));
	}

	@Test
	void noneFilesTheKitUnderNoRequest() throws Exception {
		Site current = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE)).site();
		String customer = DeskFixture.unique("contoso");
		String siteName = customer + "-site";
		DeskFixture.customerWithSite(customer, siteName);
		Request open = new RequestDesk(DeskFixture.database()).open(customer, siteName, "Write-through cache");
		current = TestKits.forCustomer(current, customer);
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		BuildKitWizard wizard = new BuildKitWizard(new Design(current, TestKits.onlineChange(current),
				dir.resolve(siteName + ".desired.restripe")), window, data, creating -> "pw".toCharArray());
		WizardDialog dialog = new WizardDialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> built = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(BuildKitWizard.BUILT, s -> {
				built.add(ShellBot.texts(s));
				ShellBot.press(s, "OK");
			});
			bot.dispatchUntil(wizard::canFinish, 60, "the site's open requests were read");
			assertEquals("none", wizard.page().requestField().getText(), "no request was selected in the desk");
			assertEquals(2, wizard.page().requestField().getItemCount(), "none and " + open.label());
			ShellBot.press(dialog.getShell(), "Finish");
			bot.dispatchUntil(() -> !built.isEmpty(), 180, "the kit was built and the result shown");
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		assertFalse(built.get(0).contains("Request "), built.get(0));
		assertEquals(RequestState.RECEIVED, new RequestDesk(DeskFixture.database()).find(open.id()).orElseThrow().state());
		assertEquals(Optional.empty(), new RequestProgress(DeskFixture.database())
				.requestOfKit(KitDigest.of(dir.resolve(siteName + ".kit"))));
	}

	private static String manifestSha256(Path kit) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(kit))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals(Kit.MANIFEST)) {
					return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.readAllBytes()));
				}
			}
		}
		throw new AssertionError("no manifest in " + kit);
	}
}
