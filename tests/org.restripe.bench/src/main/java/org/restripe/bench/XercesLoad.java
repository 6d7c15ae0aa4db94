package org.restripe.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.restripe.model.RestripePackage;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFormat;
import org.restripe.model.persist.SiteResource;

/**
 * ModelPersistenceBench's baseline for the XMI parser: the same site resource and load options, with EMF's
 * default load and its parser pool, which parse with the JDK's Xerces (what the product did before Aalto).
 */
final class XercesLoad {
	private XercesLoad() {
	}

	static Site load(Path file) throws IOException {
		RestripePackage.eINSTANCE.eClass();
		SiteResource resource = new SiteResource(URI.createFileURI(file.toAbsolutePath().toString())) {
			@Override
			protected XMLLoad createXMLLoad() {
				return new XMILoadImpl(createXMLHelper());
			}
		};
		Map<Object, Object> options = SiteResource.loadOptions(SiteFormat.XMI);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl(true));
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			resource.load(in, options);
		}
		return (Site) resource.getContents().get(0);
	}
}
