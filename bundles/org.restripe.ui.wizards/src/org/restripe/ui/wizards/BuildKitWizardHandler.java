package org.restripe.ui.wizards;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.desk.RequestsView;
import org.restripe.workflow.Request;
import org.restripe.ui.handlers.BuildKitHandler;
import org.restripe.ui.kit.KitBuilds;
import org.restripe.ui.kit.SecureStorageKeyPassword;

/** Design > Build Kit...: the Build Kit wizard on the active desired design; enabled as Build Kit always was. */
public class BuildKitWizardHandler extends BuildKitHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
		SiteDesign design = editor.getAdapter(SiteDesign.class);
		if (!KitBuilds.isDesired(design)) {
			throw new ExecutionException("Open a desired configuration (Design new configuration) to build its kit");
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Request selected = RequestsView.lastSelected();
		new WizardDialog(window.getShell(), new BuildKitWizard(design, window.getShell(),
				RestripeUi.dataDirectory().path(), SecureStorageKeyPassword.fromDefault())
				.suggestingRequest(selected == null ? null : selected.id())).open();
		return null;
	}
}
