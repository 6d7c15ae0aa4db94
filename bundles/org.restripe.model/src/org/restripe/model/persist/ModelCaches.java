package org.restripe.model.persist;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.restripe.model.RestripePackage;

/**
 * EMF computes each class's feature lists and name map on first use and caches them without locking; the
 * package is warmed on one thread before sites are loaded on several, so the loads only read those caches.
 */
final class ModelCaches {
	private static volatile boolean warm;

	private ModelCaches() {
	}

	static synchronized void warm() {
		if (warm) {
			return;
		}
		for (EClassifier classifier : RestripePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				eClass.getEAllStructuralFeatures();
				eClass.getEAllAttributes();
				eClass.getEAllReferences();
				eClass.getEAllContainments();
				eClass.getEAllSuperTypes();
				eClass.getEIDAttribute();
				eClass.getFeatureCount();
				eClass.getEStructuralFeature("id");
				eClass.getEAllStructuralFeatures().forEach(f -> {
					f.getEType();
					f.getFeatureID();
					eClass.getFeatureID(f);
				});
			}
		}
		warm = true;
	}
}
