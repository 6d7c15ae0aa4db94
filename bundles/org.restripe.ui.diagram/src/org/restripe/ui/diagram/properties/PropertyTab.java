package org.restripe.ui.diagram.properties;

import java.util.Locale;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.restripe.model.RestripePackage;

/**
 * The tabs of the editor's Properties view and which of a property source's descriptors each shows. The
 * split follows EObjectPropertySource's categories, so the tabs reuse its descriptors, cell editors and
 * validators unchanged: Configuration (what the engineer sets), Computed (capacities), Connections, and
 * Layout (where the figure is drawn, which no array sees).
 */
public enum PropertyTab {
	GENERAL, CONFIGURATION, CAPACITY, CONNECTIONS, LAYOUT;

	/** The tab named in plugin.xml ("general"), as passed to sections and filters after their class name. */
	public static PropertyTab named(Object name) {
		return valueOf(String.valueOf(name).trim().toUpperCase(Locale.ROOT));
	}

	public boolean shows(IPropertyDescriptor descriptor) {
		boolean identity = descriptor.getId() == RestripePackage.Literals.IDENTIFIED__ID
				|| descriptor.getId() == RestripePackage.Literals.IDENTIFIED__NAME;
		return switch (this) {
		case GENERAL -> identity;
		case CONFIGURATION -> !identity && !isLayout(descriptor) && ("Configuration".equals(descriptor.getCategory())
				|| "Cache settings".equals(descriptor.getCategory()));
		case CAPACITY -> "Computed".equals(descriptor.getCategory());
		case CONNECTIONS -> "Connections".equals(descriptor.getCategory());
		case LAYOUT -> isLayout(descriptor);
		};
	}

	/** Where a figure is drawn (x, y, width, height): diagram data, kept apart from the configuration. */
	private static boolean isLayout(IPropertyDescriptor descriptor) {
		return descriptor.getId() instanceof org.eclipse.emf.ecore.EAttribute attribute
				&& attribute.getEContainingClass() == RestripePackage.Literals.DIAGRAM_ELEMENT;
	}

	/** The selected part's own property source (editable, through the editor's commands), cut to this tab. */
	public IPropertySource sourceOf(Object selected) {
		IPropertySource source = selected instanceof IAdaptable adaptable ? adaptable.getAdapter(IPropertySource.class)
				: null;
		return source == null ? null : new TabPropertySource(source, this);
	}

	/** Whether the tab has anything to show for that selected element. */
	public boolean appliesTo(Object selected) {
		IPropertySource source = sourceOf(selected);
		return source != null && source.getPropertyDescriptors().length > 0;
	}
}
