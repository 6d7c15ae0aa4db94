package org.restripe.codegen;

import java.io.File;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model code of org.restripe.model outside Eclipse: the generator normally runs
 * inside the IDE, which registers factories and platform URIs; here those registrations are done by
 * hand (see PLATFORM.md, "Generating EMF model code without the IDE").
 */
public final class GenerateModel {

	private static final String BUNDLE = "org.restripe.model";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		File bundleDir = new File(args.length > 0 ? args[0] : "bundles/" + BUNDLE).getCanonicalFile();
		File genModelFile = new File(bundleDir, "model/restripe.genmodel");
		if (!genModelFile.isFile()) {
			throw new IOException("No genmodel at " + genModelFile);
		}
		ResourceSet resourceSet = newResourceSet(bundleDir);
		URI genModelUri = URI.createPlatformResourceURI(BUNDLE + "/model/restripe.genmodel", true);
		Resource resource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		// reconcile() also adds GenClasses/GenFeatures for elements new in the .ecore, so model
		// changes are made in the .ecore only; the saved .genmodel then lists them like the IDE does.
		if (!genModel.reconcile()) {
			throw new IOException("The genmodel no longer matches any package of the ecore model");
		}
		resource.save(Map.of());
		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				Boolean.getBoolean("codegen.verbose") ? new BasicMonitor.Printing(System.out) : new BasicMonitor());
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IOException("Generation failed: " + diagnostic);
		}
		System.out.println("Generated model code into " + new File(bundleDir, "src-gen"));
	}

	private static ResourceSet newResourceSet(File bundleDir) {
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
		uriMap.put(URI.createPlatformResourceURI(BUNDLE + "/", true),
				URI.createFileURI(bundleDir.getPath() + File.separator));
		String ecoreJar = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().getPath();
		uriMap.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
				URI.createURI("archive:" + URI.createFileURI(ecoreJar) + "!/"));
		return resourceSet;
	}
}
