package org.restripe.model.persist;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.restripe.model.Identified;

/**
 * The resource holding one site, in XMI or (with {@link XMLResource#OPTION_BINARY}) EMF binary.
 * Objects are found by their intrinsic id attribute through an id map, so getEObject(id) is a hash
 * lookup; no extrinsic xmi:id map is built (it would cost memory for every object). The id map is built
 * on the first lookup rather than while loading: a binary load needs no lookups, and filling the map
 * object by object as the site is attached would cost a third of the load time.
 */
public class SiteResource extends XMIResourceImpl {

	/** Expected number of elements, so the id map is built without rehashing; 0 if unknown. */
	private int expectedElements;

	public SiteResource(URI uri) {
		super(uri);
		setEncoding("UTF-8");
	}

	/** A hint for sizing the id map, e.g. estimated from the size of the file about to be loaded. */
	public void setExpectedElements(int expectedElements) {
		this.expectedElements = expectedElements;
	}

	@Override
	protected EObject getEObjectByID(String id) {
		if (getIntrinsicIDToEObjectMap() == null) {
			// Once the map exists, EMF keeps it current as elements are attached and detached.
			Map<String, EObject> map = new HashMap<>(Math.max(16, expectedElements * 4 / 3 + 1));
			for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof Identified && ((Identified) element).getId() != null) {
					map.put(((Identified) element).getId(), element);
				}
			}
			setIntrinsicIDToEObjectMap(map);
		}
		return super.getEObjectByID(id);
	}

	/**
	 * Load option: read the XMI with {@link SiteXmiReader} (the model's own tables, the id map filled while reading);
	 * it throws {@link SiteXmiReader.Declined} for a file it leaves to EMF's load, to be loaded again without it.
	 */
	static final String OPTION_READ_BY_SHAPE = "org.restripe.model.persist.readByShape";

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		if (options == null || !Boolean.TRUE.equals(options.get(OPTION_READ_BY_SHAPE))) {
			super.doLoad(inputStream, options);
			return;
		}
		SiteXmiReader.Result read = SiteXmiReader.read(inputStream, expectedElements);
		// attached as EMF's load attaches with OPTION_DEFER_ATTACHMENT; the map after, or attaching would fill it again
		((InternalEList<EObject>) getContents()).addUnique(read.root());
		setIntrinsicIDToEObjectMap(read.ids());
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new AaltoXmiLoad(createXMLHelper());
	}

	@Override
	protected boolean useIDs() {
		// The model's own id attribute identifies every element; xmi:id would duplicate it.
		return false;
	}

	/**
	 * Describes the first reference that leaves the site (say, a mapping to a host deleted from it), or
	 * returns null. Such a reference is written by id without complaint but breaks the next load, so
	 * saving checks for it first.
	 */
	public String findDanglingReference() {
		Map<EClass, List<EReference>> referencesOf = new HashMap<>();
		// a site has few containers and many references: whether a container lies in this resource is asked once
		Map<EObject, Boolean> containerInside = new IdentityHashMap<>();
		for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
			EObject element = it.next();
			List<EReference> references = referencesOf.computeIfAbsent(element.eClass(), SiteResource::crossReferences);
			for (EReference reference : references) {
				Object value = element.eGet(reference, false);
				if (value instanceof List) {
					for (Object target : (List<?>) value) {
						if (!isInside((EObject) target, containerInside)) {
							return describe(element, reference, (EObject) target);
						}
					}
				} else if (value != null && !isInside((EObject) value, containerInside)) {
					return describe(element, reference, (EObject) value);
				}
			}
		}
		return null;
	}

	/** {@code target.eResource() == this}, asking each container once. */
	private boolean isInside(EObject target, Map<EObject, Boolean> containerInside) {
		InternalEObject internal = (InternalEObject) target;
		EObject container = internal.eInternalContainer();
		if (container == null || internal.eDirectResource() != null) {
			return target.eResource() == this;
		}
		return containerInside.computeIfAbsent(container, c -> c.eResource() == this);
	}

	private static List<EReference> crossReferences(EClass eClass) {
		List<EReference> result = new ArrayList<>();
		for (EReference reference : eClass.getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isTransient() && !reference.isDerived()) {
				result.add(reference);
			}
		}
		return result;
	}

	private static String describe(EObject element, EReference reference, EObject target) {
		return EcoreUtil.getID(element) + "." + reference.getName() + " refers to " + target.eClass().getName() + " '"
				+ EcoreUtil.getID(target) + "', which is not part of the site (deleted, or from another site?)";
	}

	/**
	 * Without an internal buffer the binary stream reads byte by byte from its (synchronised) input
	 * stream, which is most of the load time of a large site.
	 */
	private static void binary(Map<Object, Object> options) {
		options.put(XMLResource.OPTION_BINARY, Boolean.TRUE);
		options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, Integer.valueOf(1 << 16));
		options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, Integer.valueOf(1 << 16));
	}

	/** Options for a fast XMI or binary load. */
	public static Map<Object, Object> loadOptions(SiteFormat format) {
		Map<Object, Object> options = new HashMap<>();
		if (format == SiteFormat.BINARY) {
			binary(options);
			return options;
		}
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		// A fresh map per load: EMF fills it unsynchronized, so it must not be shared between threads.
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}

	/** Options for saving; XMI is written with line breaks so a diff of two versions stays readable. */
	public static Map<Object, Object> saveOptions(SiteFormat format) {
		Map<Object, Object> options = new HashMap<>();
		if (format == SiteFormat.BINARY) {
			binary(options);
			return options;
		}
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
		options.put(XMLResource.OPTION_USE_FILE_BUFFER, Boolean.FALSE);
		return options;
	}
}
