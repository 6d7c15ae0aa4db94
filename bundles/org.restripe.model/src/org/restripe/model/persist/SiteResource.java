package org.restripe.model.persist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * The resource holding one site, in XMI or (with {@link XMLResource#OPTION_BINARY}) EMF binary.
 * Objects are found by their intrinsic id attribute: an id map is kept so getEObject(id) is a hash
 * lookup, and no extrinsic xmi:id map is built (it would cost memory for every object).
 */
public class SiteResource extends XMIResourceImpl {

	/** Shared across loads (the pool is thread-safe): building a SAX parser once saves time. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	public SiteResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		setEncoding("UTF-8");
	}

	@Override
	protected boolean useIDs() {
		// The model's own id attribute identifies every element; xmi:id would duplicate it.
		return false;
	}

	/** Options for a fast XMI or binary load. */
	public static Map<Object, Object> loadOptions(SiteFormat format) {
		Map<Object, Object> options = new HashMap<>();
		if (format == SiteFormat.BINARY) {
			options.put(XMLResource.OPTION_BINARY, Boolean.TRUE);
			return options;
		}
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		// A fresh map per load: EMF fills it unsynchronized, so it must not be shared between threads.
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}

	/** Options for saving; XMI is written with line breaks so a diff of two versions stays readable. */
	public static Map<Object, Object> saveOptions(SiteFormat format) {
		Map<Object, Object> options = new HashMap<>();
		if (format == SiteFormat.BINARY) {
			options.put(XMLResource.OPTION_BINARY, Boolean.TRUE);
			return options;
		}
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
		options.put(XMLResource.OPTION_USE_FILE_BUFFER, Boolean.FALSE);
		return options;
	}
}
