package org.restripe.ui.desk;

import java.time.LocalDate;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.restripe.ui.desk.CustomerNodes.CustomerNode;
import org.restripe.ui.desk.CustomerNodes.SiteNode;
import org.restripe.workflow.ServiceContract;

/** A customer by name, id and region; a site with its location; a contract in words, valid today or why not. */
public class CustomerLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof CustomerNode) {
			CustomerNode node = (CustomerNode) element;
			return node.customer().name() + " (" + node.customer().id() + ", region " + node.customer().region() + ")";
		}
		if (element instanceof SiteNode) {
			SiteNode node = (SiteNode) element;
			return "site " + node.site().name() + (node.site().location() == null ? "" : " at " + node.site().location());
		}
		if (element instanceof ServiceContract) {
			return ContractWords.describe((ServiceContract) element, LocalDate.now());
		}
		return String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		String image = element instanceof ServiceContract ? ISharedImages.IMG_OBJ_FILE : ISharedImages.IMG_OBJ_FOLDER;
		return PlatformUI.getWorkbench().getSharedImages().getImage(image);
	}
}
