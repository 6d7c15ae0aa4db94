package org.restripe.ui.properties;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.TreeEvent;
import org.eclipse.swt.events.TreeListener;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertySheetEntry;

/**
 * Which groups of a property sheet ("Configuration", "Cache settings") the engineer opened or closed, so the
 * next selection shows them the same way. The sheet keeps a group's state only while every selection has that
 * group (a volume has no cache settings: after it the array's cache group came back open) and the tree closes
 * a group whose rows it replaced (the volume's Configuration group showed closed after the array's). The memory
 * outlives the sheet's tree too, since the tabbed Properties view rebuilds a tab the new selection lacks.
 */
public final class GroupExpansion {
	private final Map<String, Boolean> expanded = new HashMap<>();
	private boolean restoring;

	/** Follows the engineer's expanding and collapsing of the tree's group rows. */
	public void watch(Tree tree) {
		tree.addTreeListener(new TreeListener() {
			@Override
			public void treeExpanded(TreeEvent e) {
				note(e.item, true);
			}

			@Override
			public void treeCollapsed(TreeEvent e) {
				note(e.item, false);
			}
		});
	}

	private void note(Object item, boolean open) {
		if (!restoring && item instanceof TreeItem row && isGroup(row)) {
			expanded.put(row.getText(), open);
		}
	}

	/**
	 * Lets the sheet show another selection, then opens and closes every group as the engineer left it (open
	 * if never touched, as the sheet first shows them). The sheet's own rebuilding is no engineer's choice:
	 * the tree closes a group whose rows are all replaced, which the sheet then remembered as closed.
	 */
	public void update(Tree tree, Runnable showSelection) {
		restoring = true;
		try {
			showSelection.run();
		} finally {
			restoring = false;
		}
		restore(tree);
	}

	private void restore(Tree tree) {
		if (tree == null || tree.isDisposed()) {
			return;
		}
		restoring = true;
		try {
			for (TreeItem row : tree.getItems()) {
				boolean open = expanded.getOrDefault(row.getText(), Boolean.TRUE);
				if (isGroup(row) && row.getExpanded() != open) {
					// told to the sheet as a click on the twistie would: it creates the rows and keeps the state
					Event event = new Event();
					event.item = row;
					tree.notifyListeners(open ? SWT.Expand : SWT.Collapse, event);
					row.setExpanded(open);
				}
			}
		} finally {
			restoring = false;
		}
	}

	/** A category row: a top-level row that is no property of its own. */
	private static boolean isGroup(TreeItem row) {
		return row.getParentItem() == null && !(row.getData() instanceof IPropertySheetEntry);
	}
}
