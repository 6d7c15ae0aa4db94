package org.restripe.ui.design;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.restripe.review.Finding;
import org.restripe.ui.Words;

/**
 * The technical review of the site in the active editor, renewed as the design changes. Double-clicking a
 * finding selects the element it concerns in the editor.
 */
public class ReviewView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.review";

	private TableViewer viewer;
	private ActiveDesignTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new DesignTable<>(parent, Finding.class, 40)
				.column("Severity", 10, f -> f.severity().name().toLowerCase())
				.column("Element", 14, this::elementName)
				.column("Finding", 50, Finding::message)
				.column("Fix", 30, f -> f.fix() == null ? "" : f.fix())
				.column("Rule", 10, Finding::ruleId)
				.viewer();
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof Finding finding && tracker.design() != null && finding.elementId() != null) {
				tracker.design().reveal(finding.elementId());
			}
		});
		getSite().setSelectionProvider(viewer);
		tracker = new ActiveDesignTracker(getSite().getPage(), d -> refresh(), this::refresh);
		refresh();
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		SiteDesign design = tracker == null ? null : tracker.design();
		List<Finding> findings = design == null ? List.of() : design.findings();
		viewer.setInput(findings);
		setContentDescription(design == null ? "Open a site to review it."
				: Words.count(findings.size(), "finding") + " for " + design.file().getFileName());
	}

	/** The element a finding is about by the name the engineer gave it ("v0 on t3a"), not its id. */
	private String elementName(Finding finding) {
		SiteDesign design = tracker == null ? null : tracker.design();
		if (finding.elementId() == null || design == null) {
			return finding.elementId() == null ? "" : finding.elementId();
		}
		for (var all = design.site().eAllContents(); all.hasNext();) {
			if (all.next() instanceof org.restripe.model.Identified element && finding.elementId().equals(element.getId())) {
				return org.restripe.review.Labels.of(element);
			}
		}
		return finding.elementId();
	}

	/** The findings shown, for tests and for the engineer's copy of the list. */
	public List<Finding> shownFindings() {
		Object input = viewer.getInput();
		return input instanceof List<?> list ? list.stream().map(Finding.class::cast).toList() : List.of();
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}
}
