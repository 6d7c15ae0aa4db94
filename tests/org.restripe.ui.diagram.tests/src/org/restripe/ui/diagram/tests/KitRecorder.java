package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.restripe.plan.Plan;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.kit.KitBuilds;
import org.restripe.ui.kit.KitFeedback;
import org.restripe.ui.kit.SecureStorageKeyPassword;

/**
 * Builds a design's kit with the workbench's own Build Kit job and reads it back verified; stands in for the
 * save dialog (it takes the suggested file) and for the result dialogs, which would block the test's UI thread.
 */
final class KitRecorder implements KitFeedback {
	private Path built;
	private List<String> refusals;
	private String failure;
	private boolean done;

	/** The kit of the design, read back with the center key of the data directory under {@code keys}. */
	static Kit build(SiteDesign design, Path keys) throws Exception {
		KitRecorder recorder = run(design, keys);
		assertNull(recorder.failure, "the kit was built: " + recorder.failure + " " + recorder.refusals);
		assertNull(recorder.refusals, "the kit was built: " + recorder.refusals);
		return Kit.read(recorder.built, TrustedKeys.open(keys.resolve("data")));
	}

	/** What Build Kit told the engineer when it could not build the kit. */
	static String failureOf(SiteDesign design, Path keys) throws Exception {
		KitRecorder recorder = run(design, keys);
		return recorder.failure != null ? recorder.failure : String.valueOf(recorder.refusals);
	}

	private static KitRecorder run(SiteDesign design, Path keys) throws Exception {
		Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test".toCharArray()),
				IProviderHints.PROMPT_USER, Boolean.FALSE);
		ISecurePreferences storage = SecurePreferencesFactory.open(keys.resolve("secure_storage").toUri().toURL(),
				options);
		KitRecorder recorder = new KitRecorder();
		KitBuilds.start(design, recorder, keys.resolve("data"), new SecureStorageKeyPassword(storage));
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 120_000;
		while (!recorder.done && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
		assertTrue(recorder.done, "the kit job reported within two minutes");
		return recorder;
	}

	@Override
	public Path chooseKitFile(Path suggestedFile) {
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
	public void built(Path kit, Plan plan) {
		built = kit;
		done = true;
	}

	@Override
	public void cancelled() {
		failure = "cancelled";
		done = true;
	}
}
