package org.restripe.ui.desk;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.restripe.workflow.Request;

/** One request a row: id, state, customer, site, summary, last change and by whom. */
public class RequestLabelProvider extends LabelProvider implements ITableLabelProvider {
	public static final String[] COLUMNS = { "Id", "State", "Customer", "Site", "Summary", "Last change", "By" };
	public static final int[] WIDTHS = { 50, 150, 110, 110, 320, 140, 90 };

	@Override
	public Image getColumnImage(Object element, int column) {
		return null;
	}

	@Override
	public String getColumnText(Object element, int column) {
		if (!(element instanceof Request r)) {
			return "";
		}
		return switch (column) {
		case 0 -> Integer.toString(r.id());
		case 1 -> r.state().words();
		case 2 -> r.customerId();
		case 3 -> r.siteName();
		case 4 -> r.summary();
		case 5 -> DeskMessages.when(r.changedAt() != null ? r.changedAt() : r.openedAt());
		case 6 -> r.changedBy() == null ? "" : r.changedBy();
		default -> "";
		};
	}
}
