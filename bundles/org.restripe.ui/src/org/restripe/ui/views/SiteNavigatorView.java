package org.restripe.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.restripe.model.Identified;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.design.SiteEditors;

/** The customer sites whose configuration files live in the data directory. */
public class SiteNavigatorView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.siteNavigator";

	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new SiteContentProvider());
		viewer.setLabelProvider(new SiteLabelProvider());
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(e -> openInEditor(((IStructuredSelection) e.getSelection()).getFirstElement()));
		addDragSupport();
		addContextMenu();
		refresh();
	}

	/** Commands on a site (Connect...) come from plugin.xml through the view's registered context menu. */
	private void addContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	/**
	 * Site elements can be dragged into a site editor, which adds a copy. The selection travels in-process
	 * (LocalSelectionTransfer): the element is a live model object, not text.
	 */
	private void addDragSupport() {
		LocalSelectionTransfer transfer = LocalSelectionTransfer.getTransfer();
		viewer.addDragSupport(DND.DROP_COPY, new Transfer[] { transfer }, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				event.doit = selection.getFirstElement() instanceof EObject;
				transfer.setSelection(event.doit ? selection : null);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = transfer.getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				transfer.setSelection(null);
			}
		});
	}

	/** Re-reads the site files from disk. */
	public void refresh() {
		List<SiteFile> sites = listSites(RestripeUi.dataDirectory().sites());
		viewer.setInput(sites);
		if (sites.size() == 1) {
			viewer.expandToLevel(sites.get(0), 2); // a lone site is what the engineer came to look at
		}
	}

	static List<SiteFile> listSites(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			// a site's design is shown under its site ("demo-site, design"), not as a site of its own
			return files.filter(p -> p.getFileName().toString().endsWith(SiteFile.EXTENSION))
					.filter(p -> !p.getFileName().toString().endsWith(SiteEditorInput.DESIRED_SUFFIX)).sorted()
					.map(SiteFile::new).toList();
		} catch (IOException e) {
			// an unreadable folder shows as no sites; the data directory itself was checked at start-up
			return List.of();
		}
	}

	/** A site file opens in the site editor; an element opens its site's file and is selected there. */
	void openInEditor(Object element) {
		try {
			if (element instanceof SiteFile file) {
				SiteEditors.open(getSite().getPage(), file.path());
			} else if (element instanceof SiteDesignFile design) {
				SiteEditors.open(getSite().getPage(), design.path());
			} else if (element instanceof EObject object && viewer.getInput() instanceof List<?> files) {
				EObject root = EcoreUtil.getRootContainer(object);
				for (Object f : files) {
					if (f instanceof SiteFile file && file.site() == root && object instanceof Identified identified) {
						SiteEditors.reveal(getSite().getPage(), file.path(), identified.getId());
					}
				}
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), "Cannot open the site", e.getMessage(), e.getStatus());
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
