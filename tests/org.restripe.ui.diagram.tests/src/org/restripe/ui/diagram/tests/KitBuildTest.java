package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.commands.Command;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Lun;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.plan.Plan;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.ui.diagram.commands.CreateElementCommand;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.kit.BuildKitJob;
import org.restripe.ui.kit.KitBuilds;
import org.restripe.ui.kit.KitFeedback;
import org.restripe.ui.kit.SecureStorageKeyPassword;

/**
 * "Build kit...": the job writes a signed kit that reads back verified, and a refused design reports every
 * reason. The center key lives in a data directory of the test's own, its password in a secure storage
 * opened without prompts (the test runtime has no password provider).
 */
class KitBuildTest extends EditorTest {
	private static final String BUILD_KIT = "org.restripe.ui.commands.buildKit";

	@TempDir
	Path keys;
	private ISecurePreferences storage;

	@BeforeEach
	void secureStorage() throws Exception {
		Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test".toCharArray()),
				IProviderHints.PROMPT_USER, Boolean.FALSE);
		storage = SecurePreferencesFactory.open(keys.resolve("secure_storage").toUri().toURL(), options);
	}

	private BuildKitJob start(SiteDiagramEditor desired, KitFeedback feedback) {
		return KitBuilds.start(desired, feedback, keys.resolve("data"), new SecureStorageKeyPassword(storage));
	}

	/** Stands in for the save dialog and the error dialogs, which would block the test's UI thread. */
	private static final class RecordingFeedback implements KitFeedback {
		Path suggested;
		Path built;
		Plan plan;
		List<String> refusals;
		String failure;
		boolean done;

		@Override
		public Path chooseKitFile(Path suggestedFile) {
			suggested = suggestedFile;
			return suggestedFile;
		}

		@Override
		public void refused(List<String> reasons) {
			refusals = new ArrayList<>(reasons);
			done = true;
		}

		@Override
		public void failed(String message) {
			failure = message;
			done = true;
		}

		@Override
		public void built(Path kit, Plan builtPlan) {
			built = kit;
			plan = builtPlan;
			done = true;
		}

		@Override
		public void cancelled() {
			failure = "cancelled";
			done = true;
		}
	}

	private static void dispatchUntil(RecordingFeedback feedback) {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 60_000;
		while (!feedback.done && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
		assertTrue(feedback.done, "the kit job reported within a minute");
	}

	private static StorageUnit unit(SiteDiagramEditor editor, String name) {
		return editor.site().getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}

	private boolean buildKitEnabled() {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(BUILD_KIT);
		return command.isEnabled();
	}

	@Test
	void aDesiredDesignWithAPlanIsWrittenAsAVerifiedKitBesideTheSite() throws Exception {
		Path current = TestSites.demoCopy("kit");
		SiteDiagramEditor desired = (SiteDiagramEditor) SiteEditors.designNewConfiguration(page, current);
		settle();
		assertFalse(buildKitEnabled(), "an untouched copy has no plan, so no kit");
		StorageUnit t3d = unit(desired, "t3d");
		desired.getCommandStack().execute(new CreateElementCommand(t3d, RestripeFactory.eINSTANCE.createTray(), null));
		settle();
		assertTrue(buildKitEnabled(), "a design with a plan may be built");
		RecordingFeedback feedback = new RecordingFeedback();
		BuildKitJob job = start(desired, feedback);
		assertNotNull(job);
		dispatchUntil(feedback);
		assertEquals(current.resolveSibling("demo.kit"), feedback.suggested, "<site>.kit beside the site file");
		assertNull(feedback.failure, "no failure: " + feedback.failure + " " + feedback.refusals);
		assertEquals(feedback.suggested, feedback.built);
		assertTrue(Files.size(feedback.built) > 0);
		Kit kit = Kit.read(feedback.built, TrustedKeys.open(keys.resolve("data")));
		assertTrue(kit.signer().name().startsWith("Restripe center "), kit.signer().toString());
		assertTrue(Files.exists(keys.resolve("data/keys/center.p12")), "the center key was made on first use");
		assertTrue(storage.node(SecureStorageKeyPassword.NODE).isEncrypted(SecureStorageKeyPassword.KEY),
				"its password is kept encrypted in secure storage");
		kit.checkFresh(desired.current());
		assertEquals(feedback.plan.steps().size(), kit.plan().steps().size());
		assertTrue(kit.partNames().contains("scripts/t3d.txt"), "the T3 driver (a DS service) rendered t3d's script: "
				+ kit.partNames());
		UiShots.take("kit-built.png");
	}

	@Test
	void aRefusedDesignReportsEveryReasonBeforeAskingForAFileAndWritesNoKit() throws Exception {
		Path current = TestSites.demoCopy("kit-refused");
		SiteDiagramEditor desired = (SiteDiagramEditor) SiteEditors.designNewConfiguration(page, current);
		settle();
		Lun lun = firstLun(desired);
		// a LUN larger than its volume cannot be reached by any script: the review refuses it
		desired.getCommandStack().execute(new org.eclipse.gef.commands.Command("Grow LUN") {
			private final long before = lun.getSize();

			@Override
			public void execute() {
				lun.setSize(before * 1000);
			}

			@Override
			public void undo() {
				lun.setSize(before);
			}
		});
		settle();
		RecordingFeedback feedback = new RecordingFeedback();
		start(desired, feedback);
		dispatchUntil(feedback);
		assertNotNull(feedback.refusals, "refused, not " + feedback.failure);
		assertFalse(feedback.refusals.isEmpty());
		String volume = org.restripe.review.Labels.of(lun.getVolume()); // by its name, "v0 on t3a", not its id
		assertTrue(feedback.refusals.stream().anyMatch(r -> r.contains(volume) && r.contains("add up to")),
				"the reasons name the over-committed volume: " + feedback.refusals);
		assertNull(feedback.suggested, "refused by the review before a kit file name is asked");
		assertFalse(Files.exists(current.resolveSibling("demo.kit")), "no kit is written for a refused design");
	}

	private static Lun firstLun(SiteDiagramEditor editor) {
		var all = editor.site().eAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof Lun lun && lun.getVolume() != null) {
				return lun;
			}
		}
		throw new AssertionError("the demo site has a LUN on a volume");
	}
}
