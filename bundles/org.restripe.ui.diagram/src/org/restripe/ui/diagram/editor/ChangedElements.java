package org.restripe.ui.diagram.editor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.restripe.model.DiagramElement;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.Site;
import org.restripe.model.Tray;
import org.restripe.model.Volume;

/**
 * Which elements drawn on the diagram differ from the current configuration, compared by id: new ones, and
 * those whose configuration (attributes, references by id, and undrawn contents such as disks, ports,
 * mappings and cache settings) changed. Where an element sits on the diagram is not a change.
 */
public final class ChangedElements {
	private static final Set<EAttribute> LAYOUT = Set.of(Literals.DIAGRAM_ELEMENT__X, Literals.DIAGRAM_ELEMENT__Y,
			Literals.DIAGRAM_ELEMENT__WIDTH, Literals.DIAGRAM_ELEMENT__HEIGHT);

	private ChangedElements() {
	}

	/** Ids of the drawn elements of desired that are new or changed against current. */
	public static Set<String> of(Site current, Site desired) {
		Map<String, String> before = signatures(current);
		Map<String, String> after = signatures(desired);
		Set<String> changed = new HashSet<>();
		after.forEach((id, signature) -> {
			if (!signature.equals(before.get(id))) {
				changed.add(id);
			}
		});
		return changed;
	}

	private static Map<String, String> signatures(Site site) {
		Map<String, String> signatures = new HashMap<>();
		for (TreeIterator<EObject> it = site.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (isDrawn(next)) {
				StringBuilder out = new StringBuilder();
				sign(next, out);
				signatures.put(((Identified) next).getId(), out.toString());
			}
		}
		return signatures;
	}

	static boolean isDrawn(EObject object) {
		return object instanceof DiagramElement || object instanceof Tray || object instanceof Volume || object instanceof Lun;
	}

	private static void sign(EObject object, StringBuilder out) {
		out.append(object.eClass().getName()).append('{');
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!attribute.isDerived() && !LAYOUT.contains(attribute)) {
				out.append(attribute.getName()).append('=').append(object.eGet(attribute)).append(';');
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainer()) {
				continue;
			}
			Object value = object.eGet(reference);
			List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
			out.append(reference.getName()).append('[');
			for (Object v : values) {
				if (!reference.isContainment()) {
					out.append(((Identified) v).getId()).append(',');
				} else if (!isDrawn((EObject) v)) {
					sign((EObject) v, out);
				}
			}
			out.append(']');
		}
		out.append('}');
	}
}
