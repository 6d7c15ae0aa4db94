package org.restripe.ui.wizards;

import org.eclipse.core.expressions.PropertyTester;

/**
 * Always true; evaluated with forcePluginActivation it starts this bundle, so the Build Kit handler's own
 * enablement (a desired design with a plan) decides instead of the proxy's "enabled until loaded".
 */
public class WizardsLoadedTester extends PropertyTester {
	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return true;
	}
}
