package org.restripe.ui.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.ConnectHandler;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.connect.SiteChoice;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.kit.KitBuilds;
import org.restripe.ui.views.SiteFile;

/**
 * "Run Kit...": suggests the kit of the desired design in the active editor (else the kit run last) and the
 * site it was designed from (else the one selected in the Sites view).
 */
public class RunKitHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		ISecurePreferences storage = ConnectHandler.secureStorage(shell);
		if (storage == null) {
			return null;
		}
		Suggestion suggested = suggest(event, window);
		RunKitFlow.start(shell, RestripeUi.dataDirectory().path(), RestripeUi.dataDirectory().sites(), storage,
				suggested.kit(), suggested.site());
		return null;
	}

	/** The kit and site to offer first; either may be null. */
	record Suggestion(Path kit, SiteFile site) {
	}

	static Suggestion suggest(ExecutionEvent event, IWorkbenchWindow window) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		SiteDesign design = editor == null ? null : editor.getAdapter(SiteDesign.class);
		Path kit = null;
		SiteFile site = SiteChoice.of(HandlerUtil.getCurrentSelection(event), window.getActivePage());
		if (KitBuilds.isDesired(design)) {
			Path built = KitBuilds.suggestedKitFile(design);
			kit = Files.exists(built) ? built : null;
			Path current = new SiteEditorInput(design.file()).currentFile();
			site = site == null && current != null ? new SiteFile(current) : site;
		}
		if (kit == null) {
			kit = ConnectionPreferences.lastKit().orElse(null);
		}
		return new Suggestion(kit, site);
	}
}
