package org.restripe.model.persist;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.restripe.model.RestripePackage;
import org.restripe.model.Site;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves sites: XMI (*.restripe) for interchange, EMF binary for the local cache. Saves are
 * atomic ({@link AtomicFiles}); a file that cannot be read gives a {@link SiteFileException} saying
 * what is wrong with it, never a half-loaded site.
 */
public final class SiteFiles {

	private static final byte[] BINARY_SIGNATURE = { (byte) 0x89, 'e', 'm', 'f' };

	private SiteFiles() {
	}

	/** Loads a site, recognising XMI or binary by the file's first bytes rather than its name. */
	public static Site load(Path file) throws SiteFileException {
		RestripePackage.eINSTANCE.eClass(); // registers the package for the XMI namespace lookup
		SiteFormat format = detectFormat(file);
		if (format == SiteFormat.XMI) {
			try {
				return siteOf(file, loaded(file, format, true));
			} catch (SiteXmiReader.Declined declined) {
				// something the model's own reader leaves to EMF's load, which reads it or says what is wrong
			}
		}
		return siteOf(file, loaded(file, format, false));
	}

	private static SiteResource loaded(Path file, SiteFormat format, boolean byShape) throws SiteFileException {
		SiteResource resource = new SiteResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			// measured: about 90 bytes an element in XMI, 42 in binary
			long perElement = format == SiteFormat.XMI ? 90 : 42;
			resource.setExpectedElements((int) Math.min(Integer.MAX_VALUE / 2, Files.size(file) / perElement));
			Map<Object, Object> options = SiteResource.loadOptions(format);
			if (byShape) {
				options.put(SiteResource.OPTION_READ_BY_SHAPE, Boolean.TRUE);
			}
			resource.load(in, options);
		} catch (SiteXmiReader.Declined declined) {
			throw declined;
		} catch (IOException | RuntimeException e) {
			String collisions = format == SiteFormat.XMI ? DuplicateIds.in(file) : null;
			throw new SiteFileException(file, collisions != null ? collisions : describe(format, e), e);
		}
		return resource;
	}

	/**
	 * Starts initialising the model's package and warming its caches on a daemon thread of its own, so that a
	 * command which will load a site pays for that (a third of a small plan's cold start) on the second core
	 * while it parses its options; a load that comes before it is done waits for it rather than doing it twice.
	 */
	public static void warmUpInBackground() {
		Thread warming = new Thread(ModelCaches::warm, "restripe model warm-up");
		warming.setDaemon(true);
		warming.start();
	}

	/**
	 * Loads several site files at once, one on each core (a plan reads the current and the desired site, which
	 * share nothing); the first file in the order given that cannot be read is the one reported.
	 */
	public static List<Site> load(List<Path> files) throws SiteFileException {
		ModelCaches.warm();
		List<CompletableFuture<Site>> others = new ArrayList<>();
		for (Path file : files.subList(0, Math.max(0, files.size() - 1))) {
			others.add(CompletableFuture.supplyAsync(() -> {
				try {
					return load(file);
				} catch (SiteFileException e) {
					throw new CompletionException(e);
				}
			}));
		}
		// the last on this thread: the common pool may have a single worker on a two-core machine
		SiteFileException lastFailed = null;
		Site last = null;
		if (!files.isEmpty()) {
			try {
				last = load(files.get(files.size() - 1));
			} catch (SiteFileException e) {
				lastFailed = e;
			}
		}
		List<Site> sites = new ArrayList<>();
		for (CompletableFuture<Site> other : others) {
			sites.add(joined(other));
		}
		if (lastFailed != null) {
			throw lastFailed;
		}
		if (last != null) {
			sites.add(last);
		}
		return sites;
	}

	private static Site joined(CompletableFuture<Site> load) throws SiteFileException {
		try {
			return load.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof SiteFileException) {
				throw (SiteFileException) e.getCause();
			}
			throw e;
		}
	}

	/**
	 * Saves the site atomically. The site stays in its resource if that is a {@link SiteResource};
	 * otherwise it is moved into a new one for this file.
	 */
	public static void save(Site site, Path file, SiteFormat format) throws SiteFileException {
		SiteResource resource = resourceOf(site, file);
		String dangling = resource.findDanglingReference();
		if (dangling != null) {
			throw new SiteFileException(file, "not saved, the site is inconsistent: " + dangling
					+ "; the previous version is untouched");
		}
		try {
			AtomicFiles.replace(file, out -> resource.save(out, SiteResource.saveOptions(format)));
		} catch (IOException | RuntimeException e) {
			throw new SiteFileException(file, "could not be saved (" + rootMessage(e)
					+ "); the previous version is untouched", e);
		}
	}

	/**
	 * The site as XMI, byte for byte what {@link #save(Site, Path, SiteFormat)} would write, but in memory and
	 * without moving the site: a site at the root of its own resource is written from there, any other from a
	 * copy. Refused, like a save, if a reference leaves the site.
	 */
	public static byte[] xmiBytes(Site site) throws SiteFileException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
		writeXmi(site, out);
		return out.toByteArray();
	}

	/**
	 * {@link #xmiBytes} written into {@code out} as it is made (a kit streams its design into its zip: a
	 * million-LUN site's XMI is 239 MB); the stream is flushed, not closed.
	 */
	public static void writeXmi(Site site, java.io.OutputStream out) throws SiteFileException {
		Resource current = site.eResource();
		SiteResource resource = current instanceof SiteResource && site.eContainer() == null
				&& current.getContents().size() == 1 ? (SiteResource) current : null;
		if (resource == null) {
			resource = new SiteResource(URI.createFileURI("site.restripe"));
			resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(site));
		}
		Path name = Path.of(resource.getURI().isFile() ? resource.getURI().lastSegment() : "site.restripe");
		String dangling = resource.findDanglingReference();
		if (dangling != null) {
			throw new SiteFileException(name, "cannot be written, the site is inconsistent: " + dangling);
		}
		// EMF holds the whole document until it knows the namespaces of its head, unless it may buffer the body
		// in a temporary file of its own (the same bytes): a million-LUN design was 0.5 GB of heap as text
		java.util.Map<Object, Object> options = SiteResource.saveOptions(SiteFormat.XMI);
		options.put(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_USE_FILE_BUFFER, Boolean.TRUE);
		try {
			resource.save(out, options);
			out.flush();
		} catch (IOException | RuntimeException e) {
			throw new SiteFileException(name, "could not be written (" + rootMessage(e) + ")", e);
		}
	}

	/** Saves in the format the file name asks for: *.restripe.bin binary, anything else XMI. */
	public static void save(Site site, Path file) throws SiteFileException {
		boolean binary = file.getFileName().toString().endsWith(SiteFormat.BINARY.extension());
		save(site, file, binary ? SiteFormat.BINARY : SiteFormat.XMI);
	}

	private static SiteResource resourceOf(Site site, Path file) {
		Resource current = site.eResource();
		if (current instanceof SiteResource && site.eContainer() == null) {
			return (SiteResource) current;
		}
		SiteResource resource = new SiteResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(site);
		return resource;
	}

	static SiteFormat detectFormat(Path file) throws SiteFileException {
		byte[] head = new byte[BINARY_SIGNATURE.length];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		} catch (NoSuchFileException e) {
			throw new SiteFileException(file, "no such file", e);
		} catch (IOException e) {
			throw new SiteFileException(file, "cannot be read (" + rootMessage(e) + ")", e);
		}
		if (read == 0) {
			throw new SiteFileException(file, "the file is empty (an interrupted copy?); try its .bak");
		}
		if (read == head.length && java.util.Arrays.equals(head, BINARY_SIGNATURE)) {
			return SiteFormat.BINARY;
		}
		if (looksLikeXml(head, read)) {
			return SiteFormat.XMI;
		}
		throw new SiteFileException(file, "not a Restripe site file: it is neither XMI nor an EMF binary cache");
	}

	private static boolean looksLikeXml(byte[] head, int read) {
		for (int i = 0; i < read; i++) {
			int b = head[i] & 0xff;
			if (b == '<') {
				return true;
			}
			// whitespace and a UTF-8 byte order mark may precede the XML declaration
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
				return false;
			}
		}
		return false;
	}

	private static Site siteOf(Path file, Resource resource) throws SiteFileException {
		if (resource.getContents().isEmpty()) {
			throw new SiteFileException(file, "the file holds no site");
		}
		EObject root = resource.getContents().get(0);
		if (!(root instanceof Site)) {
			throw new SiteFileException(file, "the file holds a " + root.eClass().getName() + ", not a site");
		}
		return (Site) root;
	}

	private static String describe(SiteFormat format, Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof PackageNotFoundException || cause instanceof SAXParseException
					|| cause instanceof XMLStreamException) {
				break;
			}
			cause = cause.getCause();
		}
		if (cause instanceof PackageNotFoundException) {
			return "foreign XML: its namespace " + ((PackageNotFoundException) cause).uri()
					+ " is not the Restripe model (" + RestripePackage.eNS_URI + ")";
		}
		if (cause instanceof SAXParseException) {
			SAXParseException sax = (SAXParseException) cause;
			return "corrupted or truncated XML at line " + sax.getLineNumber() + ", column "
					+ sax.getColumnNumber() + ": " + sax.getMessage();
		}
		if (cause instanceof XMLStreamException && ((XMLStreamException) cause).getLocation() != null) {
			// how the XMI parser (Aalto) reports XML that is not well formed
			XMLStreamException xml = (XMLStreamException) cause;
			return "corrupted or truncated XML at line " + xml.getLocation().getLineNumber() + ", column "
					+ xml.getLocation().getColumnNumber() + ": " + firstLine(xml.getMessage());
		}
		if (format == SiteFormat.BINARY && (cause instanceof EOFException || cause instanceof IndexOutOfBoundsException)) {
			return "truncated binary cache (it ends in the middle of the site); delete it and load the XMI";
		}
		return (format == SiteFormat.BINARY ? "corrupted binary cache: " : "unreadable site XMI: ")
				+ rootMessage(e);
	}

	/** Aalto appends the location to its message on a line of its own; the line and column are said already. */
	private static String firstLine(String message) {
		int end = message == null ? -1 : message.indexOf('\n');
		return end < 0 ? String.valueOf(message) : message.substring(0, end).strip();
	}

	static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		// the engineer reads the problem, not the Java class that reported it
		return message == null || message.isBlank() ? "it cannot be read (" + cause.getClass().getSimpleName() + ")"
				: message;
	}
}
