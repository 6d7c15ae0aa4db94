package org.restripe.ui.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;

/** Labels in the storage engineer's words: what an element is, its name, and the figure that matters. */
final class SiteLabelProvider extends LabelProvider {
	private static final long GB = 1_000_000_000L;

	@Override
	public String getText(Object element) {
		if (element instanceof SiteFile file) {
			return file.site() == null && file.loadError() != null ? file.siteName() + " (unreadable)" : file.siteName();
		}
		if (element instanceof SiteDesignFile design) {
			return design.label();
		}
		if (element instanceof Volume v) {
			return "Volume " + v.getName() + " (RAID " + v.getRaidLevel().getLiteral() + ", " + gb(v.getCapacity()) + ")";
		}
		if (element instanceof Lun l) {
			return "LUN " + l.getName() + " (" + gb(l.getSize()) + ")";
		}
		if (element instanceof StorageUnit u) {
			return "Storage unit " + u.getName() + " (" + u.getCatalogModel() + ")";
		}
		if (element instanceof EObject object) {
			return kind(object) + (object instanceof Identified i && i.getName() != null ? " " + i.getName() : "");
		}
		return super.getText(element);
	}

	/** "ManagementHost" becomes "Management host". */
	static String kind(EObject object) {
		String name = object.eClass().getName();
		if (name.equals("Lan")) {
			return "LAN";
		}
		return name.charAt(0) + name.substring(1).replaceAll("([A-Z])", " $1").toLowerCase();
	}

	static String gb(long bytes) {
		return String.format("%.1f GB", bytes / (double) GB);
	}
}
