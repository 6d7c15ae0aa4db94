package org.restripe.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.KeyPassword;
import org.restripe.plan.kit.KitException;
import org.restripe.ui.kit.BuildKitJob;
import org.restripe.ui.kit.KitFiling;
import org.restripe.workflow.Request;
import org.restripe.ui.kit.KitBuilds;
import org.restripe.ui.design.SiteDesign;

/**
 * Design > Build Kit...: the plan summary, where to write the kit and the key that signs it; Finish builds it
 * in a job ({@link KitBuilds}), and a dialog on {@code window} then says where the kit went and its manifest's
 * SHA-256, or why none was built.
 */
public final class BuildKitWizard extends Wizard {
	public static final String TITLE = "Build Kit";
	public static final String BUILT = WizardKitFeedback.BUILT;
	public static final String NOT_BUILT = WizardKitFeedback.NOT_BUILT;

	private final SiteDesign design;
	private final Shell window;
	private final Path dataDirectory;
	private final KeyPassword keyPassword;
	private final String signer;
	private Integer suggestedRequest;
	private BuildKitPage page;
	private BuildKitJob job;

	public BuildKitWizard(SiteDesign design, Shell window, Path dataDirectory, KeyPassword keyPassword) {
		if (!KitBuilds.isDesired(design)) {
			throw new IllegalArgumentException("a kit is built from a desired configuration (Design new configuration)");
		}
		this.design = design;
		this.window = window;
		this.dataDirectory = dataDirectory;
		this.keyPassword = keyPassword;
		this.signer = signer(dataDirectory);
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
	}

	/** The request chosen first in the Request field, when it is one of the site's open requests. */
	public BuildKitWizard suggestingRequest(Integer requestId) {
		this.suggestedRequest = requestId;
		return this;
	}

	/** The center key as the page names it: its name and fingerprint, or that one is made on Finish. */
	static String signer(Path dataDirectory) {
		Path pub = CenterKey.publicKeyFile(dataDirectory);
		if (!Files.exists(pub)) {
			return "this center's key, made in " + pub.getParent() + " when the kit is built (none is there yet)";
		}
		try {
			CenterPublicKey key = CenterPublicKey.parse(Files.readString(pub).strip());
			return "the center key " + key.name() + " (fingerprint " + key.fingerprint() + ")";
		} catch (KitException | java.io.IOException e) {
			return "the center key in " + pub.getParent() + " (its public half cannot be read: " + e.getMessage() + ")";
		}
	}

	@Override
	public void addPages() {
		page = new BuildKitPage(KitPlanSummary.of(design.current(), design.site()), KitBuilds.suggestedKitFile(design),
				signer, KitBuilds.siteName(design), suggestedRequest);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Request request = page.request();
		KitFiling filing = request == null ? KitFiling.NONE : new KitRequestFiling(request.id(), KitBuilds.siteName(design));
		job = KitBuilds.start(design, new WizardKitFeedback(window, page.kitFile(), dataDirectory, this::filed),
				dataDirectory, keyPassword, filing);
		return job != null;
	}

	private String filed() {
		return job == null ? "" : job.filed();
	}

	/** The job Finish started, or null. */
	public BuildKitJob job() {
		return job;
	}

	public BuildKitPage page() {
		return page;
	}
}
