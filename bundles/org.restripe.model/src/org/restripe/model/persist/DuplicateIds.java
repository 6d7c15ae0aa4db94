package org.restripe.model.persist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The ids a site file gives to more than one element, read from its XML alone. EMF resolves references by
 * id, so a LUN given a volume's id makes a volume's reference land on the LUN and the load fails deep in EMF
 * with a cast error; this names the ids and the elements instead.
 */
final class DuplicateIds extends DefaultHandler {
	private static final int MOST_NAMED = 5;

	private final Map<String, String> firstHolder = new HashMap<>();
	private final List<String> collisions = new ArrayList<>();
	private Locator locator;

	private DuplicateIds() {
	}

	/** What the site file's colliding ids are, e.g. "the id 't3a-v0' is given to volume v0 (line 16) and ..."; null if none. */
	static String in(Path file) {
		DuplicateIds scan = new DuplicateIds();
		try (InputStream in = Files.newInputStream(file)) {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newSAXParser().parse(in, scan);
		} catch (IOException | SAXException | ParserConfigurationException e) {
			// a file this broken is described by the load's own error
			return null;
		}
		return scan.describe();
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		this.locator = locator;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		String id = attributes.getValue("", "id");
		if (id == null) {
			return;
		}
		String holder = element(localName, attributes.getValue("", "name"));
		String first = firstHolder.putIfAbsent(id, holder);
		if (first != null) {
			collisions.add("the id '" + id + "' is given to both " + first + " and " + holder);
		}
	}

	private String element(String tag, String name) {
		String kind = tag.endsWith("s") && tag.length() > 1 ? tag.substring(0, tag.length() - 1) : tag;
		if (kind.contains(":")) {
			kind = kind.substring(kind.indexOf(':') + 1);
		}
		return kind + (name == null || name.isEmpty() ? "" : " " + name) + " (line " + locator.getLineNumber() + ")";
	}

	private String describe() {
		if (collisions.isEmpty()) {
			return null;
		}
		String named = String.join("; ", collisions.subList(0, Math.min(MOST_NAMED, collisions.size())));
		String more = collisions.size() > MOST_NAMED ? " (and " + (collisions.size() - MOST_NAMED) + " more)" : "";
		return "elements share an id, and references by id cannot tell them apart: " + named + more
				+ "; give each element an id of its own";
	}
}
