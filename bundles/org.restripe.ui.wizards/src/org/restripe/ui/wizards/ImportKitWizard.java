package org.restripe.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;
import org.restripe.ui.run.RehearseKitFlow;
import org.restripe.ui.run.RunKitFlow;
import org.restripe.ui.views.SiteFile;

/**
 * File > Import Kit...: a kit from another workbench, checked on the page (signer, trust, signature, stale);
 * Finish copies it into the data directory's kits folder and offers to rehearse or run it there.
 */
public final class ImportKitWizard extends Wizard {
	public static final String TITLE = "Import Kit";
	public static final String IMPORTED = "Kit imported";
	public static final String KITS = "kits";
	public static final String REHEARSE = "Rehearse...";
	public static final String RUN = "Run...";
	public static final String LATER = "Later";

	private final Shell window;
	private final Path dataDirectory;
	private final Path sitesFolder;
	private final ISecurePreferences storage;
	private ImportKitPage page;
	private Path imported;

	public ImportKitWizard(Shell window, Path dataDirectory, Path sitesFolder, ISecurePreferences storage) {
		this.window = window;
		this.dataDirectory = dataDirectory;
		this.sitesFolder = sitesFolder;
		this.storage = storage;
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new ImportKitPage(dataDirectory, sitesFolder);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		KitInspection checked = page.inspection();
		if (checked == null || checked.refusal() != null) {
			return false;
		}
		try {
			imported = copy(checked.kitFile(), dataDirectory.resolve(KITS));
		} catch (IOException e) {
			page.setErrorMessage("Kit file: it cannot be copied into " + dataDirectory.resolve(KITS) + " ("
					+ e.getMessage() + ")");
			return false;
		}
		SiteFile site = checked.siteFile() == null ? null : new SiteFile(checked.siteFile());
		window.getDisplay().asyncExec(() -> offer(imported, site, checked));
		return true;
	}

	/** Into the kits folder under its own name; a different kit of that name already there is kept. */
	static Path copy(Path kit, Path kits) throws IOException {
		Files.createDirectories(kits);
		String name = kit.getFileName().toString();
		String base = name.endsWith(".kit") ? name.substring(0, name.length() - 4) : name;
		Path target = kits.resolve(base + ".kit");
		for (int n = 2; Files.exists(target); n++) {
			if (Arrays.equals(Files.readAllBytes(target), Files.readAllBytes(kit))) {
				return target; // the same kit was imported before
			}
			target = kits.resolve(base + "-" + n + ".kit");
		}
		return Files.copy(kit, target);
	}

	private void offer(Path kit, SiteFile site, KitInspection checked) {
		Shell parent = window.isDisposed() ? null : window;
		String text = "The kit is in " + kit + ".\n\nSigned by " + checked.signer() + "\nStale check: "
				+ checked.freshness() + "\n\nRehearse it on a simulated twin of " + checked.siteName()
				+ ", or run it at the site?";
		int answer = new MessageDialog(parent, IMPORTED, null, text, MessageDialog.QUESTION, 0, REHEARSE, RUN, LATER)
				.open();
		if (answer == 0) {
			RehearseKitFlow.start(parent, dataDirectory, sitesFolder, kit, site);
		} else if (answer == 1) {
			RunKitFlow.start(parent, dataDirectory, sitesFolder, storage, kit, site);
		}
	}

	/** The kit's place in the kits folder after Finish, or null. */
	public Path imported() {
		return imported;
	}

	public ImportKitPage page() {
		return page;
	}

}
