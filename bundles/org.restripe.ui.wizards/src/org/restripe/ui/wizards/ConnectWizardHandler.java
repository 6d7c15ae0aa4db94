package org.restripe.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.ConnectHandler;
import org.restripe.ui.connect.SiteChoice;
import org.restripe.ui.views.SiteFile;

/** Site > Connect...: the Connect wizard, starting on the site selected in the Sites view (if one is). */
public class ConnectWizardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		SiteFile selected = SiteChoice.of(HandlerUtil.getCurrentSelection(event), window.getActivePage());
		ISecurePreferences storage = ConnectHandler.secureStorage(shell);
		if (storage != null) {
			new WizardDialog(shell, new ConnectWizard(SiteChoice.sites(RestripeUi.dataDirectory().sites()), selected,
					storage, RestripeUi.dataDirectory().path())).open();
		}
		return null;
	}
}
