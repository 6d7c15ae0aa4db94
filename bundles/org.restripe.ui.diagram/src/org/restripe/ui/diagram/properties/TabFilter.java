package org.restripe.ui.diagram.properties;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IFilter;

/** Shows a tab only for parts that have something in it (a LAN link has no capacity). */
public class TabFilter implements IFilter, IExecutableExtension {
	private PropertyTab tab = PropertyTab.GENERAL;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		tab = PropertyTab.named(data);
	}

	@Override
	public boolean select(Object toTest) {
		return tab.appliesTo(toTest);
	}
}
