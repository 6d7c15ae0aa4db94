package org.restripe.ui.diagram.properties;

import java.util.Arrays;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** One tab's share of a property source: fewer descriptors, the same values and the same setter. */
final class TabPropertySource implements IPropertySource {
	private final IPropertySource source;
	private final PropertyTab tab;

	TabPropertySource(IPropertySource source, PropertyTab tab) {
		this.source = source;
		this.tab = tab;
	}

	@Override
	public Object getEditableValue() {
		return source.getEditableValue();
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return Arrays.stream(source.getPropertyDescriptors()).filter(tab::shows).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return source.getPropertyValue(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return source.isPropertySet(id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		source.resetPropertyValue(id);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		source.setPropertyValue(id, value);
	}
}
