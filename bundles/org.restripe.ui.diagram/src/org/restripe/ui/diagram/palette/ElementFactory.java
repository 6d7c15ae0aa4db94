package org.restripe.ui.diagram.palette;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.requests.CreationFactory;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;

/** Makes a new, still empty element of one kind for each drop; the create command furnishes it. */
public class ElementFactory implements CreationFactory {
	private final EClass type;
	private final String catalogModel;

	public ElementFactory(EClass type) {
		this(type, null);
	}

	/** A storage unit of that catalog model (T3, T3+, 6120, ...). */
	public ElementFactory(EClass type, String catalogModel) {
		this.type = type;
		this.catalogModel = catalogModel;
	}

	@Override
	public Object getNewObject() {
		Object element = RestripeFactory.eINSTANCE.create(type);
		if (element instanceof StorageUnit unit) {
			unit.setCatalogModel(catalogModel);
		}
		return element;
	}

	@Override
	public Object getObjectType() {
		return type;
	}
}
