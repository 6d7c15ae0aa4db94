package org.restripe.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.restripe.model.Identified;

/**
 * Any model element's attributes and references for the Properties view, read from its EClass. It lives in
 * the UI because the model never implements UI interfaces; derived figures (capacities) are listed under
 * their own category since the engineer cannot type them in.
 */
public class EObjectPropertySource implements IPropertySource {
	private final EObject object;

	public EObjectPropertySource(EObject object) {
		this.object = object;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			descriptors.add(descriptor(attribute, attribute.isDerived() ? "Computed" : "Configuration"));
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				descriptors.add(descriptor(reference, "Connections"));
			}
		}
		return descriptors.toArray(new IPropertyDescriptor[0]);
	}

	private static PropertyDescriptor descriptor(EStructuralFeature feature, String category) {
		PropertyDescriptor d = new PropertyDescriptor(feature, displayName(feature.getName()));
		d.setCategory(category);
		return d;
	}

	/** "reconstructionRate" becomes "Reconstruction rate". */
	static String displayName(String featureName) {
		String spaced = featureName.replaceAll("([A-Z])", " $1").toLowerCase();
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	@Override
	public Object getPropertyValue(Object id) {
		EStructuralFeature feature = (EStructuralFeature) id;
		Object value = object.eGet(feature);
		if (value instanceof Long bytes && isByteCount(feature)) {
			return String.format("%,.1f GB (%,d bytes)", bytes / 1e9, bytes);
		}
		if (value instanceof Collection<?> many) {
			return many.stream().map(EObjectPropertySource::text).collect(Collectors.joining(", "));
		}
		return text(value);
	}

	/** Capacities and sizes are bytes in the model; engineers read them in GB. */
	static boolean isByteCount(EStructuralFeature feature) {
		String name = feature.getName().toLowerCase();
		return name.endsWith("capacity") || name.equals("size");
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Identified identified) {
			return identified.getName() != null ? identified.getName() : identified.getId();
		}
		return value.toString();
	}

	@Override
	public boolean isPropertySet(Object id) {
		return object.eIsSet((EStructuralFeature) id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only here: changes are made in the diagram editor, on its command stack
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only here: changes are made in the diagram editor, on its command stack
	}
}
