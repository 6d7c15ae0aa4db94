package org.restripe.ui.connect;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.secure.RestripeSecureStorage;
import org.restripe.ui.views.SiteFile;

/** "Connect...": the site selected in the Sites view (or the only site), over the line the engineer chooses. */
public class ConnectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		SiteFile site = SiteChoice.of(HandlerUtil.getCurrentSelection(event), window.getActivePage());
		if (site == null) {
			List<SiteFile> sites = SiteChoice.sites(RestripeUi.dataDirectory().sites());
			if (sites.size() != 1) {
				MessageDialog.openInformation(shell, "Connect", "Select the site to connect to in the Sites view.");
				return null;
			}
			site = sites.get(0);
		}
		ISecurePreferences storage = secureStorage(shell);
		if (storage != null) {
			ConnectFlow.start(shell, site, storage, RestripeUi.dataDirectory().path());
		}
		return null;
	}

	/** The workbench's secure storage, or null after saying why there is none. */
	public static ISecurePreferences secureStorage(Shell shell) {
		try {
			return RestripeSecureStorage.workbench();
		} catch (IOException e) {
			MessageDialog.openError(shell, "Secure storage", "Eclipse secure storage cannot be opened (" + e.getMessage()
					+ "), so the sites' passwords cannot be kept or read.");
			return null;
		}
	}
}
