package org.restripe.model.persist;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.restripe.model.RestripePackage;

/**
 * What each class of the model may hold in a site file as EMF's XMI save writes it, looked up once from the
 * metamodel: an XML attribute is a single-valued attribute or a reference by id, a child element a containment or a
 * many-valued attribute. {@link SiteXmiReader} asks these tables instead of EMF's per-element feature search; what a
 * table lacks it leaves to EMF's own load.
 */
final class XmiShapes {

	/** What an XML attribute or child element stands for. */
	static final class Slot {
		final EStructuralFeature feature;
		final int featureId;
		final boolean many;
		final boolean containment;
		final boolean reference;
		final boolean isId;
		/** The data type to convert text with; null for references and strings. */
		final EDataType convertedType;
		final EFactory factory;
		/** The class of a contained element. */
		final Shape target;

		Slot(EClass owner, EStructuralFeature feature, Shape target) {
			this.feature = feature;
			this.featureId = owner.getFeatureID(feature);
			this.many = feature.isMany();
			this.reference = feature instanceof EReference;
			this.containment = reference && ((EReference) feature).isContainment();
			this.isId = feature instanceof EAttribute && ((EAttribute) feature).isID();
			EClassifier type = feature.getEType();
			boolean text = !reference && type.getInstanceClass() == String.class;
			this.convertedType = reference || text ? null : (EDataType) type;
			this.factory = convertedType == null ? null : type.getEPackage().getEFactoryInstance();
			this.target = target;
		}

		/** The value EMF's XMI load gives this text (EcoreUtil.createFromString). */
		Object value(String text) {
			return convertedType == null ? text : factory.createFromString(convertedType, text);
		}
	}

	/** One class: its XML attributes and child elements by name. */
	static final class Shape {
		final EClass eClass;
		final Map<String, Slot> attributes = new HashMap<>();
		final Map<String, Slot> children = new HashMap<>();

		Shape(EClass eClass) {
			this.eClass = eClass;
		}
	}

	private static final Map<EClass, Shape> SHAPES = build();

	private XmiShapes() {
	}

	/** The shape of a class of the model, or null for one this reader does not know (EMF's load reads it). */
	static Shape of(EClass eClass) {
		return SHAPES.get(eClass);
	}

	/** The root element's class by its name in the model's namespace, or null. */
	static Shape root(String name) {
		EClassifier classifier = RestripePackage.eINSTANCE.getEClassifier(name);
		return classifier instanceof EClass ? SHAPES.get(classifier) : null;
	}

	private static Map<EClass, Shape> build() {
		ModelCaches.warm();
		Map<EClass, Shape> shapes = new IdentityHashMap<>();
		for (EClassifier classifier : RestripePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
				shapes.put(eClass, new Shape(eClass));
			}
		}
		for (Shape shape : shapes.values()) {
			fill(shape, shapes);
		}
		return shapes;
	}

	/**
	 * Only the plain cases EMF's save writes for this model: a feature with an XML name of its own (no extended
	 * metadata), changeable and saved; references without opposites or proxies to resolve, to classes that have no
	 * subclasses (so no xsi:type). Anything else is left out of the table, and a file using it is read by EMF.
	 */
	private static void fill(Shape shape, Map<EClass, Shape> shapes) {
		for (EStructuralFeature feature : shape.eClass.getEAllStructuralFeatures()) {
			if (!feature.isChangeable() || feature.isTransient() || feature.isDerived() || feature.isVolatile()
					|| feature.getEAnnotation(ExtendedMetaData.ANNOTATION_URI) != null) {
				continue;
			}
			if (feature instanceof EReference reference) {
				if (reference.getEOpposite() != null || reference.isContainer()) {
					continue;
				}
				if (reference.isContainment()) {
					Shape target = shapes.get(reference.getEReferenceType());
					if (target != null && !hasSubclass(reference.getEReferenceType(), shapes)) {
						shape.children.put(feature.getName(), new Slot(shape.eClass, feature, target));
					}
				} else {
					shape.attributes.put(feature.getName(), new Slot(shape.eClass, feature, null));
				}
			} else if (feature.isMany()) {
				shape.children.put(feature.getName(), new Slot(shape.eClass, feature, null));
			} else {
				shape.attributes.put(feature.getName(), new Slot(shape.eClass, feature, null));
			}
		}
	}

	private static boolean hasSubclass(EClass eClass, Map<EClass, Shape> shapes) {
		for (EClass other : shapes.keySet()) {
			if (other != eClass && eClass.isSuperTypeOf(other)) {
				return true;
			}
		}
		return false;
	}
}
