package org.restripe.ui.diagram.editor;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.LabelRetargetAction;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Connects the active diagram editor's actions to the workbench: Edit menu undo/redo/delete/copy/paste (and
 * their keys), and a Diagram menu for zoom, automatic layout, PNG export and printing (the window has no tool
 * bar, so the zoom lives in the menu).
 */
public class DiagramActionBarContributor extends ActionBarContributor {

	@Override
	protected void buildActions() {
		addRetargetAction(new UndoRetargetAction());
		addRetargetAction(new RedoRetargetAction());
		addRetargetAction(new DeleteRetargetAction());
		addRetargetAction(new LabelRetargetAction(ActionFactory.COPY.getId(), "&Copy"));
		addRetargetAction(new LabelRetargetAction(ActionFactory.PASTE.getId(), "&Paste"));
		addRetargetAction(new LabelRetargetAction(ActionFactory.SELECT_ALL.getId(), "Select &All"));
		addRetargetAction(new LabelRetargetAction(GEFActionConstants.DIRECT_EDIT, "Re&name\tF2"));
		addRetargetAction(new ZoomInRetargetAction());
		addRetargetAction(new ZoomOutRetargetAction());
	}

	@Override
	protected void declareGlobalActionKeys() {
		addGlobalActionKey(ActionFactory.PRINT.getId());
	}

	@Override
	public void contributeToMenu(IMenuManager menubar) {
		contributeToEditMenu(menubar);
		MenuManager diagram = new MenuManager("Dia&gram", "org.restripe.ui.diagram.menu");
		diagram.add(getAction(GEFActionConstants.ZOOM_IN));
		diagram.add(getAction(GEFActionConstants.ZOOM_OUT));
		diagram.add(new EditorAction(this, DiagramActions.ARRANGE, "&Arrange Automatically"));
		diagram.add(new EditorAction(this, DiagramActions.EXPORT_PNG, "E&xport Diagram as PNG..."));
		diagram.add(new EditorAction(this, ActionFactory.PRINT.getId(), "&Print..."));
		menubar.insertAfter("edit", diagram);
	}

	/**
	 * Undo and Redo as retarget actions, so the Edit menu names the command ("Undo Move t3d"), then the
	 * clipboard, Delete, Select All and Rename of the active diagram.
	 */
	private void contributeToEditMenu(IMenuManager menubar) {
		IMenuManager edit = menubar.findMenuUsingPath(IWorkbenchActionConstants.M_EDIT);
		if (edit == null) {
			return; // the application's menu bar has no Edit menu; the keys and the context menu still work
		}
		edit.add(new GroupMarker(GEFActionConstants.GROUP_UNDO));
		edit.add(getAction(ActionFactory.UNDO.getId()));
		edit.add(getAction(ActionFactory.REDO.getId()));
		edit.add(new Separator(GEFActionConstants.GROUP_COPY));
		edit.add(getAction(ActionFactory.COPY.getId()));
		edit.add(getAction(ActionFactory.PASTE.getId()));
		edit.add(getAction(ActionFactory.DELETE.getId()));
		edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
		edit.add(new Separator(GEFActionConstants.GROUP_EDIT));
		edit.add(getAction(GEFActionConstants.DIRECT_EDIT));
	}

	/** Runs the same-named action of whichever diagram editor is active. */
	private static final class EditorAction extends org.eclipse.jface.action.Action {
		private final DiagramActionBarContributor contributor;
		private final String id;

		EditorAction(DiagramActionBarContributor contributor, String id, String text) {
			super(text);
			this.contributor = contributor;
			this.id = id;
		}

		@Override
		public void run() {
			if (contributor.getPage() != null && contributor.getPage().getActiveEditor() instanceof SiteDiagramEditor editor) {
				IAction action = editor.getAdapter(org.eclipse.gef.ui.actions.ActionRegistry.class) instanceof org.eclipse.gef.ui.actions.ActionRegistry r
						? r.getAction(id) : null;
				if (action != null && action.isEnabled()) {
					action.run();
				}
			}
		}
	}
}
