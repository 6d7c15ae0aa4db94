package org.restripe.ui.design;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.restripe.review.Finding;

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
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(layout, "Severity", 10, f -> f.severity().name().toLowerCase());
		column(layout, "Element", 14, f -> f.elementId() == null ? "" : f.elementId());
		column(layout, "Finding", 50, Finding::message);
		column(layout, "Fix", 30, f -> f.fix() == null ? "" : f.fix());
		column(layout, "Rule", 10, Finding::ruleId);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
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

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Finding, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}
		});
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		SiteDesign design = tracker == null ? null : tracker.design();
		List<Finding> findings = design == null ? List.of() : design.findings();
		viewer.setInput(findings);
		setContentDescription(design == null ? "Open a site to review it."
				: findings.size() + " findings for " + design.file().getFileName());
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
