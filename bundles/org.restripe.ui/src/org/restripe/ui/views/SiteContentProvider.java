package org.restripe.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.restripe.model.Site;

/** Site files at the top, then each site's containment tree as the model holds it. */
final class SiteContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof SiteFile file) {
			List<Object> children = new ArrayList<>();
			SiteDesignFile design = SiteDesignFile.of(file);
			if (design != null) {
				children.add(design); // first: the work in progress on this site
			}
			Site site = file.site();
			if (site != null) {
				children.addAll(site.eContents());
			}
			return children.toArray();
		}
		if (parent instanceof EObject object) {
			return object.eContents().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof SiteDesignFile design) {
			return design.site();
		}
		return element instanceof EObject object ? object.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof SiteFile) {
			return true; // known only after loading, which waits until the engineer expands it
		}
		return element instanceof EObject object && !object.eContents().isEmpty();
	}
}
