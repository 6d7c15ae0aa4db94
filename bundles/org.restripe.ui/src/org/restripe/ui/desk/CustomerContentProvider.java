package org.restripe.ui.desk;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.restripe.ui.desk.CustomerNodes.CustomerNode;
import org.restripe.ui.desk.CustomerNodes.SiteNode;

/** Customers, their sites, the contracts; the input is the list {@link CustomerNodes#read} gave. */
public class CustomerContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof CustomerNode) {
			CustomerNode customer = (CustomerNode) parent;
			return customer.sites().isEmpty() ? customer.contracts().toArray() : customer.sites().toArray();
		}
		if (parent instanceof SiteNode) {
			return ((SiteNode) parent).contracts().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
