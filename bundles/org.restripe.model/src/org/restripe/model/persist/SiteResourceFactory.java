package org.restripe.model.persist;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link SiteResource}s; register it for the "restripe" extension in a ResourceSet. */
public class SiteResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new SiteResource(uri);
	}
}
