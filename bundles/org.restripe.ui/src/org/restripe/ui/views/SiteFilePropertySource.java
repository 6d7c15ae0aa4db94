package org.restripe.ui.views;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Read-only facts about a site file for the Properties view. */
final class SiteFilePropertySource implements IPropertySource {
	private static final String NAME = "name";
	private static final String PATH = "path";
	private static final String SIZE = "size";
	private static final String MODIFIED = "modified";
	private static final String CUSTOMER = "customer";
	private static final String STATUS = "status";

	private final SiteFile file;

	SiteFilePropertySource(SiteFile file) {
		this.file = file;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return new IPropertyDescriptor[] { descriptor(NAME, "Site"), descriptor(PATH, "File"),
				descriptor(SIZE, "Size (bytes)"), descriptor(MODIFIED, "Last saved"), descriptor(CUSTOMER, "Customer"),
				descriptor(STATUS, "Status") };
	}

	private static PropertyDescriptor descriptor(String id, String label) {
		PropertyDescriptor d = new PropertyDescriptor(id, label);
		d.setCategory("Site file");
		return d;
	}

	@Override
	public Object getPropertyValue(Object id) {
		switch ((String) id) {
		case NAME:
			return file.siteName();
		case PATH:
			return file.path().toString();
		case SIZE:
			return Long.toString(file.size());
		case MODIFIED:
			return file.lastModified().toString();
		case CUSTOMER:
			return file.site() == null ? "" : file.site().getCustomer();
		case STATUS:
			return file.site() == null ? "unreadable: " + file.loadError() : "readable";
		default:
			return null;
		}
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
