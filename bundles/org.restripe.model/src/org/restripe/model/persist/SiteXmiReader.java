package org.restripe.model.persist;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.restripe.model.RestripeFactory;
import org.restripe.model.RestripePackage;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * Reads a site file as EMF's XMI load would, building the same objects, but walks Aalto's stream reader with the
 * model's own tables ({@link XmiShapes}) instead of EMF's generic handler: no feature search by name per element, no
 * SAX attribute copies, and the id map filled as the elements are read (presized) instead of in a second pass over
 * the site. It reads what EMF's save writes for this model; on anything else (an unknown name, xsi:type, a proxy,
 * an id given twice, a reference to no element, XML that is not well formed, another encoding) it declines, and
 * the caller loads the file with EMF's load, which then succeeds or reports the problem as it always has.
 */
final class SiteXmiReader {

	/** The file holds something this reader leaves to EMF's load; a control-flow signal, without a stack trace. */
	static final class Declined extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Declined(String why) {
			super(why, null, false, false);
		}
	}

	private static final XMLInputFactory FACTORY = factory();

	private final Map<String, EObject> ids;
	/** References by id, resolved once every element exists: triples of element, slot, the attribute's text. */
	private final List<Object> pending = new ArrayList<>();
	private final RestripeFactory modelFactory = RestripeFactory.eINSTANCE;

	private SiteXmiReader(int expectedElements) {
		ids = new HashMap<>(Math.max(16, expectedElements * 4 / 3 + 1));
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		return factory;
	}

	/** The site's root element with everything under it, and its id map; declines as described above. */
	record Result(EObject root, Map<String, EObject> ids) {
	}

	static Result read(InputStream in, int expectedElements) {
		SiteXmiReader reader = new SiteXmiReader(expectedElements);
		XMLStreamReader xml = null;
		try {
			synchronized (FACTORY) {
				xml = FACTORY.createXMLStreamReader(in);
			}
			EObject root = reader.document(xml);
			reader.resolveReferences();
			return new Result(root, reader.ids);
		} catch (XMLStreamException | RuntimeException e) {
			if (e instanceof Declined) {
				throw (Declined) e;
			}
			throw new Declined(e.toString());
		} finally {
			close(xml);
		}
	}

	private static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			} catch (XMLStreamException e) {
				// the stream is the caller's to close; nothing was kept
			}
		}
	}

	private EObject document(XMLStreamReader xml) throws XMLStreamException {
		String encoding = xml.getCharacterEncodingScheme();
		if (encoding != null && !"UTF-8".equalsIgnoreCase(encoding) || xml.getVersion() != null && !"1.0".equals(xml.getVersion())) {
			throw new Declined("encoding " + encoding + ", XML " + xml.getVersion()); // EMF keeps them for the save
		}
		EObject root = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (root != null) {
					throw new Declined("a second root");
				}
				root = rootElement(xml);
			} else {
				skipBetween(xml, event);
			}
		}
		if (root == null) {
			throw new Declined("no root element");
		}
		return root;
	}

	private EObject rootElement(XMLStreamReader xml) throws XMLStreamException {
		XmiShapes.Shape shape = RestripePackage.eNS_URI.equals(xml.getNamespaceURI()) ? XmiShapes.root(xml.getLocalName()) : null;
		if (shape == null) {
			throw new Declined("root " + xml.getName());
		}
		EObject root = element(xml, shape, true);
		contents(xml, root, shape);
		return root;
	}

	/** The elements under an element, to its end tag. */
	private void contents(XMLStreamReader xml, EObject parent, XmiShapes.Shape shape) throws XMLStreamException {
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				skipBetween(xml, event);
				continue;
			}
			String namespace = xml.getNamespaceURI();
			XmiShapes.Slot slot = namespace == null || namespace.isEmpty() ? shape.children.get(xml.getLocalName()) : null;
			if (slot == null) {
				throw new Declined("element " + xml.getName() + " in " + shape.eClass.getName());
			}
			if (slot.target == null) {
				listOf(parent, slot).addUnique(manyValuedAttribute(xml, slot));
				continue;
			}
			EObject child = element(xml, slot.target, false);
			if (slot.many) {
				listOf(parent, slot).addUnique(child);
			} else if (((BasicEObjectImpl) parent).eIsSet(slot.featureId)) {
				throw new Declined(slot.feature.getName() + " twice");
			} else {
				((BasicEObjectImpl) parent).eSet(slot.featureId, child);
			}
			contents(xml, child, slot.target);
		}
	}

	/** Whitespace, comments and processing instructions lie between elements; text or a DTD the reader leaves to EMF. */
	private static void skipBetween(XMLStreamReader xml, int event) {
		switch (event) {
		case XMLStreamConstants.SPACE, XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION,
				XMLStreamConstants.START_DOCUMENT, XMLStreamConstants.END_DOCUMENT:
			return;
		case XMLStreamConstants.CHARACTERS:
			if (xml.isWhiteSpace()) {
				return;
			}
			throw new Declined("text between elements");
		default:
			throw new Declined("XML event " + event);
		}
	}

	/** {@code <hbaWwns>21:00:...</hbaWwns>}: one value of a many-valued attribute. */
	private static Object manyValuedAttribute(XMLStreamReader xml, XmiShapes.Slot slot) throws XMLStreamException {
		if (xml.getAttributeCount() != 0) {
			throw new Declined("attributes on " + xml.getName());
		}
		String text = xml.getElementText();
		if (text.isEmpty()) {
			throw new Declined("empty " + xml.getName());
		}
		return slot.value(text);
	}

	/** A new element of the shape's class with its XML attributes set; references are kept for later. */
	private EObject element(XMLStreamReader xml, XmiShapes.Shape shape, boolean root) {
		BasicEObjectImpl element = (BasicEObjectImpl) modelFactory.create(shape.eClass);
		for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
			String namespace = xml.getAttributeNamespace(i);
			String name = xml.getAttributeLocalName(i);
			if (namespace != null && !namespace.isEmpty()) {
				if (root && XMIResource.XMI_URI.equals(namespace) && XMIResource.VERSION_NAME.equals(name)) {
					continue;
				}
				throw new Declined("attribute " + xml.getAttributeName(i));
			}
			XmiShapes.Slot slot = shape.attributes.get(name);
			if (slot == null || XMLConstants.XMLNS_ATTRIBUTE.equals(name)) {
				throw new Declined("attribute " + name + " of " + shape.eClass.getName());
			}
			String text = xml.getAttributeValue(i);
			if (slot.reference) {
				if (!resolved(element, slot, text)) {
					pending.add(element);
					pending.add(slot);
					pending.add(text);
				}
				continue;
			}
			Object value = slot.value(text);
			element.eSet(slot.featureId, value);
			if (slot.isId && ids.putIfAbsent(text, element) != null) {
				throw new Declined("the id " + text + " twice"); // EMF's load names the elements that share it
			}
		}
		return element;
	}

	@SuppressWarnings("unchecked")
	private static InternalEList<Object> listOf(EObject owner, XmiShapes.Slot slot) {
		return (InternalEList<Object>) ((BasicEObjectImpl) owner).eGet(slot.featureId, false, true);
	}

	/**
	 * A reference to elements read already is set at once: kept for the end, its text and the element would live
	 * through every collection of the load. The same elements end up in the same lists in the same order either way:
	 * each reference is one attribute, set whole, and an id given twice declines the file.
	 */
	private boolean resolved(BasicEObjectImpl owner, XmiShapes.Slot slot, String text) {
		if (!slot.many && text.indexOf(' ') < 0) {
			if (!ids.containsKey(text)) {
				return false;
			}
			resolve(owner, slot, text);
			return true;
		}
		for (StringTokenizer tokens = new StringTokenizer(text); tokens.hasMoreTokens();) {
			if (!ids.containsKey(tokens.nextToken())) {
				return false;
			}
		}
		resolve(owner, slot, text);
		return true;
	}

	/** The references to elements further on in the file, once the document is read, as EMF's load resolves them. */
	private void resolveReferences() {
		for (int i = 0; i < pending.size(); i += 3) {
			resolve((BasicEObjectImpl) pending.get(i), (XmiShapes.Slot) pending.get(i + 1), (String) pending.get(i + 2));
		}
		pending.clear();
	}

	private void resolve(BasicEObjectImpl owner, XmiShapes.Slot slot, String text) {
		StringTokenizer tokens = new StringTokenizer(text);
		if (!tokens.hasMoreTokens()) {
			throw new Declined(slot.feature.getName() + " without an id"); // EMF's save never writes one
		}
		if (!slot.many) {
			owner.eSet(slot.featureId, target(slot, tokens.nextToken()));
			if (tokens.hasMoreTokens()) {
				throw new Declined(slot.feature.getName() + " holds several ids");
			}
			return;
		}
		InternalEList<Object> list = listOf(owner, slot);
		Set<EObject> added = tokens.countTokens() > 8 ? java.util.Collections.newSetFromMap(new IdentityHashMap<>()) : null;
		while (tokens.hasMoreTokens()) {
			EObject target = target(slot, tokens.nextToken());
			if (added != null ? !added.add(target) : list.contains(target)) {
				throw new Declined(slot.feature.getName() + " names an element twice");
			}
			list.addUnique(target);
		}
	}

	private EObject target(XmiShapes.Slot slot, String id) {
		EObject target = ids.get(id);
		if (target == null || !((EReference) slot.feature).getEReferenceType().isInstance(target)) {
			throw new Declined("reference to " + id);
		}
		return target;
	}
}
