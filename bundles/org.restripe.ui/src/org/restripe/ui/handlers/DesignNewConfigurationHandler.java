package org.restripe.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.model.persist.SiteFileException;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.views.SiteFile;

/**
 * "Design new configuration": from the site selected in the Sites view, or the current configuration in the
 * active editor, make (or reopen) the desired copy and open it next to the current one.
 */
public class DesignNewConfigurationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		Path current = currentFile(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (current == null) {
			throw new ExecutionException("Select a site in the Sites view or open its current configuration first");
		}
		try {
			SiteEditors.designNewConfiguration(page, current);
		} catch (PartInitException | SiteFileException e) {
			throw new ExecutionException("Cannot design a new configuration of " + current + ": " + e.getMessage(), e);
		}
		return null;
	}

	static Path currentFile(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof SiteFile file) {
			SiteEditorInput input = new SiteEditorInput(file.path());
			return input.isDesired() ? input.currentFile() : input.file();
		}
		if (editor != null && editor.getEditorInput() instanceof SiteEditorInput input
				&& editor.getAdapter(SiteDesign.class) != null) {
			return input.isDesired() ? input.currentFile() : input.file();
		}
		return null;
	}
}
