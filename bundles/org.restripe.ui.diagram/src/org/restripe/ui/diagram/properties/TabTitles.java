package org.restripe.ui.diagram.properties;

import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.restripe.model.Identified;

/** The title above the tabs: the selected element's name and kind ("t3a, Storage unit"). */
public class TabTitles extends LabelProvider {

	@Override
	public String getText(Object element) {
		Object first = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
		Object model = first instanceof EditPart part ? part.getModel() : first;
		if (model instanceof Identified identified) {
			String name = identified.getName() != null ? identified.getName() : identified.getId();
			return name + ", " + org.restripe.ui.Words.kind(identified); // "t3a, Storage unit"
		}
		return model == null ? "" : model.getClass().getSimpleName();
	}
}
