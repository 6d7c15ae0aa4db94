package org.restripe.ui.design;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The table the design views (Plan, Review) share: single selection, header and lines shown, columns that
 * share the width by weight, each column a text of the row's element, rows from a list.
 */
final class DesignTable<T> {
	private final TableViewer viewer;
	private final TableColumnLayout layout = new TableColumnLayout();
	private final Class<T> rowType;
	private final int minimumWidth;

	/** @param minimumWidth the least width of every column, in pixels */
	DesignTable(Composite parent, Class<T> rowType, int minimumWidth) {
		this.rowType = rowType;
		this.minimumWidth = minimumWidth;
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	DesignTable<T> column(String title, int weight, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}
		});
		return this;
	}

	TableViewer viewer() {
		return viewer;
	}
}
