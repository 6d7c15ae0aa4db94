package org.restripe.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.ConnectHandler;

/** File > Import Kit...: the Import Kit wizard on the workbench's data directory. */
public class ImportKitHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ISecurePreferences storage = ConnectHandler.secureStorage(window.getShell());
		if (storage != null) {
			new WizardDialog(window.getShell(), new ImportKitWizard(window.getShell(), RestripeUi.dataDirectory().path(),
					RestripeUi.dataDirectory().sites(), storage)).open();
		}
		return null;
	}
}
