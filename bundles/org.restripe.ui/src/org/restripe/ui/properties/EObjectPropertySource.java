package org.restripe.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.restripe.model.Identified;
import org.restripe.model.RestripePackage;

/**
 * Any model element's attributes and references for the Properties view, read from its EClass. It lives in
 * the UI because the model never implements UI interfaces; derived figures (capacities) are listed under
 * their own category since the engineer cannot type them in.
 * <p>
 * Read-only by default (the Sites view shows a file, not an editing session). An editor makes it editable
 * and routes every change through its command stack (GEF's undoable property sheet entry calls
 * {@link #setPropertyValue} inside a command), so the cell editors must hand back exactly what
 * {@link #getPropertyValue} gave: text for text cells, the index of the choice for combo cells.
 */
public class EObjectPropertySource implements IPropertySource {
	private final EObject object;
	private final boolean editable;

	public EObjectPropertySource(EObject object) {
		this(object, false);
	}

	public EObjectPropertySource(EObject object, boolean editable) {
		this.object = object;
		this.editable = editable;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute == RestripePackage.Literals.HOST__HBA_WWNS) {
				continue; // DesignRows types the list as one text row
			}
			String category = attribute.isDerived() ? "Computed" : "Configuration";
			descriptors.add(isEditable(attribute) ? editableDescriptor(attribute, category)
					: fixedDescriptor(attribute, category));
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (DesignRows.handles(object, reference)) {
				descriptors.add(rows().descriptor(reference));
			} else if (!reference.isContainment() && !reference.isContainer()) {
				descriptors.add(descriptor(reference, "Connections"));
			}
		}
		rows().extraDescriptors().forEach(descriptors::add);
		return descriptors.toArray(new IPropertyDescriptor[0]);
	}

	/** The rows beyond the element's own attributes: disks of a volume, hosts of a LUN, the array's cache. */
	private DesignRows rows() {
		return new DesignRows(object, editable);
	}

	/**
	 * Ids never change once given (two versions of a site are compared by id); derived figures are computed;
	 * what the array or the planner fixes is shown with the reason instead.
	 */
	boolean isEditable(EAttribute attribute) {
		return editable && attribute.isChangeable() && !attribute.isDerived() && !attribute.isMany()
				&& attribute != RestripePackage.Literals.IDENTIFIED__ID && isSupportedType(attribute)
				&& ArrayLimits.fixedReason(object, attribute) == null;
	}

	/** A read-only row; in a design, one the engineer cannot change says why in its description. */
	private PropertyDescriptor fixedDescriptor(EAttribute attribute, String category) {
		PropertyDescriptor d = descriptor(attribute, category);
		String reason = editable ? ArrayLimits.fixedReason(object, attribute) : null;
		if (reason != null) {
			d.setDescription(displayName(attribute.getName()) + " cannot be changed: " + reason);
		}
		return d;
	}

	private static boolean isSupportedType(EAttribute attribute) {
		return attribute.getEAttributeType() instanceof EEnum || kind(attribute) != null;
	}

	private static PropertyDescriptor descriptor(EStructuralFeature feature, String category) {
		PropertyDescriptor d = new PropertyDescriptor(feature, displayName(feature.getName()));
		d.setCategory(category);
		return d;
	}

	private PropertyDescriptor editableDescriptor(EAttribute attribute, String category) {
		PropertyDescriptor d;
		if (attribute.getEAttributeType() instanceof EEnum || kind(attribute) == ValueKind.FLAG) {
			List<String> labels = choiceLabels(attribute);
			d = new ComboBoxPropertyDescriptor(attribute, displayName(attribute.getName()), labels.toArray(new String[0]));
			d.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return element instanceof Integer i && i >= 0 && i < labels.size() ? labels.get(i) : "";
				}
			});
			String field = displayName(attribute.getName());
			d.setValidator(value -> PropertyValues.choiceProblem(object, attribute, field, value, choices(attribute)));
			d.setDescription(field + ": " + labels.stream().collect(Collectors.joining(", ")));
		} else {
			String field = displayName(attribute.getName());
			d = new TextPropertyDescriptor(attribute, field);
			d.setValidator(value -> PropertyValues.textProblem(kind(attribute), field, (String) value));
			if (kind(attribute) == ValueKind.BYTES) {
				d.setDescription(field + ": type a size in MB or GB, e.g. 500 MB or 36.4 GB");
			}
		}
		d.setCategory(category);
		return d;
	}

	/** What the engineer may pick: for an enumeration only what the element's array supports. */
	List<Object> choices(EAttribute attribute) {
		if (kind(attribute) == ValueKind.FLAG) {
			return List.of(Boolean.FALSE, Boolean.TRUE);
		}
		List<Object> values = new ArrayList<>();
		for (EEnumLiteral literal : ((EEnum) attribute.getEAttributeType()).getELiterals()) {
			Object value = literal.getInstance();
			if (PropertyValues.supported(object, attribute, value)) {
				values.add(value);
			}
		}
		return values;
	}

	private List<String> choiceLabels(EAttribute attribute) {
		return choices(attribute).stream().map(String::valueOf).toList();
	}

	/** "reconstructionRate" becomes "Reconstruction rate"; the storage engineer's own words where they differ. */
	static String displayName(String featureName) {
		String known = switch (featureName) {
		case "raidLevel" -> "RAID level";
		case "reconRate" -> "Reconstruction rate";
		case "readAhead" -> "Read-ahead";
		case "lunNumber" -> "LUN number";
		case "dataDisks" -> "Data disks";
		case "standby" -> "Hot standby";
		case "deviceType" -> "Device type";
		case "kind" -> "Channel kind";
		default -> null;
		};
		if (known != null) {
			return known;
		}
		String spaced = featureName.replaceAll("([A-Z])", " $1").toLowerCase();
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (rows().owns(id)) {
			return rows().value(id);
		}
		EStructuralFeature feature = (EStructuralFeature) id;
		Object value = object.eGet(feature);
		if (feature instanceof EAttribute attribute && isEditable(attribute)) {
			return editorValue(attribute, value);
		}
		String reason = feature instanceof EAttribute attribute && editable ? ArrayLimits.fixedReason(object, attribute)
				: null;
		if (reason != null) {
			return text(value instanceof Long bytes && isByteCount(feature) ? PropertyValues.size(bytes) : value)
					+ " (fixed: " + reason + ")";
		}
		if (value instanceof Long bytes && isByteCount(feature)) {
			return String.format("%,.1f GB (%,d bytes)", bytes / 1e9, bytes);
		}
		if (value instanceof Collection<?> many) {
			return many.stream().map(EObjectPropertySource::text).collect(Collectors.joining(", "));
		}
		return text(value);
	}

	private Object editorValue(EAttribute attribute, Object value) {
		if (attribute.getEAttributeType() instanceof EEnum || kind(attribute) == ValueKind.FLAG) {
			return choices(attribute).indexOf(value);
		}
		if (kind(attribute) == ValueKind.BYTES) {
			return PropertyValues.size((Long) value);
		}
		return value == null ? "" : value.toString();
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
		return rows().owns(id) || object.eIsSet((EStructuralFeature) id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		if (rows().owns(id)) {
			return; // a picked disk or host has no default to fall back to
		}
		EStructuralFeature feature = (EStructuralFeature) id;
		if (feature instanceof EAttribute attribute && isEditable(attribute)) {
			object.eUnset(feature);
		}
	}

	/** Called by the editor's command (never by the Sites view, whose descriptors are read-only). */
	@Override
	public void setPropertyValue(Object id, Object value) {
		if (rows().owns(id)) {
			rows().set(id, value);
			return;
		}
		EStructuralFeature feature = (EStructuralFeature) id;
		if (!(feature instanceof EAttribute attribute) || !isEditable(attribute)) {
			throw new IllegalStateException(feature.getName() + " cannot be changed here");
		}
		object.eSet(attribute, modelValue(attribute, value));
	}

	private Object modelValue(EAttribute attribute, Object value) {
		if (attribute.getEAttributeType() instanceof EEnum || kind(attribute) == ValueKind.FLAG) {
			List<Object> choices = choices(attribute);
			int index = (Integer) value;
			if (index < 0 || index >= choices.size()) {
				throw new IllegalArgumentException("no choice " + index + " for " + attribute.getName());
			}
			return choices.get(index);
		}
		String problem = PropertyValues.textProblem(kind(attribute), displayName(attribute.getName()), (String) value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return PropertyValues.parse(kind(attribute), ((String) value).trim());
	}

	static ValueKind kind(EAttribute attribute) {
		var type = attribute.getEAttributeType();
		if (type == EcorePackage.Literals.ESTRING) {
			return ValueKind.TEXT;
		}
		if (type == EcorePackage.Literals.EINT) {
			return ValueKind.NUMBER;
		}
		if (type == EcorePackage.Literals.EBOOLEAN) {
			return ValueKind.FLAG;
		}
		if (type == EcorePackage.Literals.ELONG && isByteCount(attribute)) {
			return ValueKind.BYTES;
		}
		return null;
	}

	/** How a value is typed into a cell. */
	enum ValueKind {
		TEXT, NUMBER, FLAG, BYTES
	}
}
