package org.restripe.ui.diagram.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.review.Finding;
import org.restripe.review.Severity;
import org.restripe.ui.diagram.figures.Marks;
import org.restripe.ui.diagram.parts.ArraySummary;
import org.restripe.ui.diagram.parts.LunSummary;
import org.restripe.ui.diagram.parts.Markable;
import org.restripe.ui.diagram.parts.SummaryPart;

/**
 * Puts the review's findings and the changes against the current configuration on the figures. A finding
 * about something not drawn (a disk, a mapping) marks the nearest drawn element containing it; one about an element a summary line
 * hides (a LUN of a folded volume) marks that line.
 */
final class DesignMarks {
	private static final int TOOLTIP_FINDINGS = 5;

	private DesignMarks() {
	}

	static void apply(GraphicalViewer viewer, Site site, List<Finding> findings, Set<String> changed) {
		Map<EditPart, Severity> worst = new HashMap<>();
		Map<EditPart, StringBuilder> text = new HashMap<>();
		Map<EditPart, Integer> counts = new HashMap<>();
		for (Finding finding : findings) {
			EditPart part = partFor(viewer, site, finding.elementId());
			if (part == null || finding.severity() == Severity.INFO) {
				continue;
			}
			worst.merge(part, finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
			int count = counts.merge(part, 1, Integer::sum);
			if (count <= TOOLTIP_FINDINGS) {
				text.computeIfAbsent(part, p -> new StringBuilder()).append(count > 1 ? "\n" : "")
						.append(finding.severity().name().toLowerCase()).append(": ").append(finding.message());
			}
		}
		for (Object value : viewer.getEditPartRegistry().values()) {
			if (value instanceof Markable markable && value instanceof EditPart part && isChanged(part, changed) != null) {
				Severity severity = worst.get(part);
				markable.mark(new Marks(severity == null ? null : severity.name().toLowerCase(),
						text.containsKey(part) ? text.get(part).toString() : null, isChanged(part, changed)));
			}
		}
	}

	/** Whether the part's element changed (a summary line: one of those it hides); null for a part not marked. */
	private static Boolean isChanged(EditPart part, Set<String> changed) {
		if (part.getModel() instanceof Identified element) {
			return changed.contains(element.getId());
		}
		if (part instanceof SummaryPart summary) {
			return !changed.isEmpty() && summary.hiddenIds().stream().anyMatch(changed::contains);
		}
		return null;
	}

	/**
	 * The part drawing the element with that id, or the summary line that hides it (a LUN of a folded volume, the
	 * contents of a folded array), or the nearest drawn element containing it.
	 */
	static EditPart partFor(GraphicalViewer viewer, Site site, String elementId) {
		if (elementId == null || site.eResource() == null) {
			return null;
		}
		EObject start = site.eResource().getEObject(elementId);
		Map<?, ?> registry = viewer.getEditPartRegistry();
		for (EObject element = start; element != null && element != site; element = element.eContainer()) {
			Object part = registry.get(element);
			if (part == null && element instanceof Lun lun && lun.getVolume() != null) {
				part = registry.get(new LunSummary(lun.getVolume()));
			}
			if (element instanceof StorageUnit unit && element != start
					&& registry.get(new ArraySummary(unit)) instanceof SummaryPart folded && folded.isFolded()) {
				part = folded;
			}
			if (part instanceof EditPart found) {
				return found;
			}
		}
		return null;
	}
}
