package org.restripe.ui.diagram.properties;

import java.util.EnumMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.restripe.ui.properties.GroupExpansion;

/**
 * A tab's table of properties: the standard sheet inside the tab, over the tab's share of the part's property
 * source, with a root entry that makes every change a labelled command on the editor's stack. plugin.xml names
 * the tab after the class ("TabSection:capacity").
 */
public class TabSection extends AdvancedPropertySection implements IExecutableExtension {
	/** Each Properties view page's open and closed groups, per tab: a tab the selection lacks is rebuilt later. */
	private static final Map<TabbedPropertySheetPage, Map<PropertyTab, GroupExpansion>> GROUPS = new WeakHashMap<>();

	private PropertyTab tab = PropertyTab.GENERAL;
	private CommandStack stack;
	private IStatusLineManager statusLine;
	private GroupExpansion groups;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		tab = PropertyTab.named(data);
	}

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
		super.createControls(parent, tabbedPage);
		page.setPropertySourceProvider(tab::sourceOf);
		// a refused value's message goes to the workbench status line, as in the plain Properties view; the
		// sheet's own menu and tool bar stay out (the tabbed view has its own)
		statusLine = tabbedPage.getSite().getActionBars().getStatusLineManager();
		page.makeContributions(new MenuManager(), new ToolBarManager(), statusLine);
		groups = GROUPS.computeIfAbsent(tabbedPage, p -> new EnumMap<>(PropertyTab.class)).computeIfAbsent(tab,
				t -> new GroupExpansion());
		groups.watch((Tree) page.getControl());
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		CommandStack partStack = part == null ? null : part.getAdapter(CommandStack.class);
		if (partStack != null && partStack != stack) {
			// before the first selection reaches the sheet: a plain entry would set values behind the stack's back
			stack = partStack;
			page.setRootEntry(new CommandSheetEntry(stack, statusLine));
			page.setPropertySourceProvider(tab::sourceOf);
		}
		groups.update((Tree) page.getControl(), () -> super.setInput(part, selection));
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	public PropertyTab tab() {
		return tab;
	}

	/** The sheet inside the tab, for tests. */
	public PropertySheetPage sheet() {
		return page;
	}
}
