package org.restripe.ui.diagram.editor;

import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.actions.ActionFactory;

/** The diagram's right-click menu. */
final class DiagramContextMenu extends ContextMenuProvider {
	private final ActionRegistry registry;

	DiagramContextMenu(EditPartViewer viewer, ActionRegistry registry) {
		super(viewer);
		this.registry = registry;
	}

	@Override
	public void buildContextMenu(IMenuManager menu) {
		GEFActionConstants.addStandardActionGroups(menu);
		add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId());
		add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId());
		add(menu, GEFActionConstants.GROUP_ADD, AddDiskAction.ID);
		add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT);
		add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
		add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.COPY.getId());
		add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.PASTE.getId());
		add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.SELECT_ALL.getId());
		add(menu, GEFActionConstants.GROUP_VIEW, FoldAction.ID);
		add(menu, GEFActionConstants.GROUP_VIEW, DiagramActions.ARRANGE);
		add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_IN);
		add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_OUT);
		add(menu, GEFActionConstants.GROUP_REST, DiagramActions.EXPORT_PNG);
		add(menu, GEFActionConstants.GROUP_REST, ActionFactory.PRINT.getId());
	}

	private void add(IMenuManager menu, String group, String id) {
		IAction action = registry.getAction(id);
		if (action != null) { // shown disabled when it cannot run now, as Eclipse menus do
			menu.appendToGroup(group, action);
		}
	}
}
