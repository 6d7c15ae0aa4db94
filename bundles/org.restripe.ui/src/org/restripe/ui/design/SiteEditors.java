package org.restripe.ui.design;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.ui.views.SiteNavigatorView;

/**
 * Opens site files in whichever editor is registered for *.restripe (the diagram editor lives in a bundle
 * this one must not depend on), and makes desired configurations from current ones.
 */
public final class SiteEditors {
	private SiteEditors() {
	}

	/** Opens the file in the site editor, or activates the editor that already shows it. */
	public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
		IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry()
				.getDefaultEditor(file.getFileName().toString());
		if (editor == null) {
			throw new PartInitException("No editor is registered for " + file.getFileName());
		}
		return page.openEditor(new SiteEditorInput(file), editor.getId());
	}

	/** Opens the file and selects the element with that id in it. */
	public static IEditorPart reveal(IWorkbenchPage page, Path file, String elementId) throws PartInitException {
		IEditorPart editor = open(page, file);
		SiteDesign design = editor.getAdapter(SiteDesign.class);
		if (design != null && elementId != null) {
			design.reveal(elementId);
		}
		return editor;
	}

	/**
	 * Shows a site file again in every window where an editor has it open, after something other than the
	 * editor replaced it (a verified run, an import): a read-only current configuration holds no edits to lose,
	 * so its editor is closed and opened on the new file. On the UI thread.
	 */
	public static void reopen(Path file) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IEditorReference[] open = page.findEditors(new SiteEditorInput(file), null, IWorkbenchPage.MATCH_INPUT);
				for (IEditorReference reference : open) {
					IEditorPart editor = reference.getEditor(false);
					if (editor != null && !editor.isDirty() && page.closeEditor(editor, false)) {
						try {
							open(page, file);
						} catch (PartInitException e) {
							org.eclipse.core.runtime.ILog.of(SiteEditors.class).log(org.eclipse.core.runtime.Status
									.warning("The replaced site file " + file + " could not be shown again: " + e.getMessage(), e));
						}
					}
				}
			}
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			if (window.getActivePage() != null
					&& window.getActivePage().findView(SiteNavigatorView.ID) instanceof SiteNavigatorView sites) {
				sites.viewer().refresh();
			}
		}
	}

	/**
	 * The desired configuration designed from a current one: a copy with the same ids (so the planner can
	 * compare them) saved beside it, then opened. An existing desired file is opened as it is, never
	 * overwritten: it may hold hours of design work.
	 */
	public static IEditorPart designNewConfiguration(IWorkbenchPage page, Path currentFile)
			throws PartInitException, SiteFileException {
		Path desired = SiteEditorInput.desiredFileFor(currentFile);
		if (!Files.exists(desired)) {
			Site site = SiteFiles.load(currentFile);
			SiteFiles.save(site, desired);
			if (page.findView(SiteNavigatorView.ID) instanceof SiteNavigatorView sites) {
				sites.viewer().refresh(); // the site now shows its design
			}
		}
		return open(page, desired);
	}
}
