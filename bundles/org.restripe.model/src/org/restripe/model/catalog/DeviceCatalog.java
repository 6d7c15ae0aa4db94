package org.restripe.model.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdType;
import org.restripe.model.RaidLevel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The device catalog: array models and their limits, read from arrays.xml shipped in this bundle. */
public final class DeviceCatalog {

	private static final String STANDARD = "arrays.xml";
	private static volatile DeviceCatalog standard;

	private final Map<String, ArrayModel> models;

	private DeviceCatalog(Map<String, ArrayModel> models) {
		this.models = Collections.unmodifiableMap(models);
	}

	/** The catalog shipped with Restripe. */
	public static DeviceCatalog standard() {
		DeviceCatalog result = standard;
		if (result == null) {
			try (InputStream in = DeviceCatalog.class.getResourceAsStream(STANDARD)) {
				if (in == null) {
					throw new IllegalStateException("The bundle lacks its device catalog " + STANDARD);
				}
				result = load(in, STANDARD);
			} catch (IOException e) {
				throw new IllegalStateException("The shipped device catalog cannot be read: " + e.getMessage(), e);
			}
			standard = result;
		}
		return result;
	}

	/** Reads a catalog in the arrays.xml format; the source name only labels error messages. */
	public static DeviceCatalog load(InputStream in, String sourceName) throws IOException {
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			document = builder.parse(in);
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(sourceName + ": not a valid catalog: " + e.getMessage(), e);
		}
		Map<String, ArrayModel> models = new LinkedHashMap<>();
		NodeList arrays = document.getDocumentElement().getElementsByTagName("array");
		for (int i = 0; i < arrays.getLength(); i++) {
			try {
				ArrayModel model = parse((Element) arrays.item(i));
				models.put(model.id(), model);
			} catch (IllegalArgumentException e) {
				throw new IOException(sourceName + ": array #" + (i + 1) + ": " + e.getMessage(), e);
			}
		}
		return new DeviceCatalog(models);
	}

	public Collection<ArrayModel> models() {
		return models.values();
	}

	public Optional<ArrayModel> find(String id) {
		return Optional.ofNullable(id == null ? null : models.get(id));
	}

	/** The model of that id; throws IllegalArgumentException naming the known ids if there is none. */
	public ArrayModel get(String id) {
		return find(id).orElseThrow(
				() -> new IllegalArgumentException("No array model '" + id + "' in the catalog; known: " + models.keySet()));
	}

	private static ArrayModel parse(Element e) {
		Map<RaidLevel, RaidLimits> raid = new EnumMap<>(RaidLevel.class);
		NodeList raids = e.getElementsByTagName("raid");
		for (int i = 0; i < raids.getLength(); i++) {
			Element r = (Element) raids.item(i);
			RaidLevel level = literal(RaidLevel::get, r.getAttribute("level"), "RAID level");
			raid.put(level, new RaidLimits(level, integer(r, "minDisks"), integer(r, "maxDisks")));
		}
		List<Long> sizes = new ArrayList<>();
		for (String gb : words(e, "diskSizes")) {
			sizes.add(Math.round(Double.parseDouble(gb) * 1e9));
		}
		return new ArrayModel(required(e, "id"), required(e, "name"), required(e, "vendor"), integer(e, "maxTrays"),
				integer(e, "disksPerTray"), integer(e, "diskDigits"), integer(e, "hotSpareSlot"),
				integer(e, "hotSparesPerTray"), integer(e, "volumesPerTray"), bool(e, "slicing"),
				integer(e, "maxSlices"), integer(e, "portsPerTray"), bool(e, "mainframe"), List.copyOf(sizes),
				literals(e, "blockSizes", BlockSize.class, BlockSize::get),
				literals(e, "cacheModes", CacheMode.class, CacheMode::get),
				literals(e, "channels", ChannelKind.class, ChannelKind::get), Collections.unmodifiableMap(raid),
				literals(e, "ckdTypes", CkdType.class, CkdType::get));
	}

	private static <T extends Enum<T>> Set<T> literals(Element e, String tag, Class<T> type,
			Function<String, T> byLiteral) {
		Set<T> result = EnumSet.noneOf(type);
		for (String word : words(e, tag)) {
			result.add(literal(byLiteral, word, tag));
		}
		return Collections.unmodifiableSet(result);
	}

	private static <T> T literal(Function<String, T> byLiteral, String word, String what) {
		T value = byLiteral.apply(word);
		if (value == null) {
			throw new IllegalArgumentException("unknown " + what + " '" + word + "'");
		}
		return value;
	}

	private static List<String> words(Element e, String tag) {
		NodeList nodes = e.getElementsByTagName(tag);
		if (nodes.getLength() == 0) {
			throw new IllegalArgumentException("missing <" + tag + ">");
		}
		String text = nodes.item(0).getTextContent().trim();
		return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
	}

	private static String required(Element e, String attribute) {
		String value = e.getAttribute(attribute);
		if (value.isEmpty()) {
			throw new IllegalArgumentException("missing attribute " + attribute);
		}
		return value;
	}

	private static int integer(Element e, String attribute) {
		String value = required(e, attribute);
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException ex) {
			throw new IllegalArgumentException("attribute " + attribute + " is not a number: " + value, ex);
		}
	}

	private static boolean bool(Element e, String attribute) {
		return Boolean.parseBoolean(required(e, attribute));
	}
}
