package org.restripe.ui.desk;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.restripe.workflow.Transition;

/** One life-cycle move a row: from, to, who, when, why. */
public class TransitionLabelProvider extends LabelProvider implements ITableLabelProvider {
	public static final String[] COLUMNS = { "From", "To", "Who", "When", "Why" };
	public static final int[] WIDTHS = { 150, 150, 90, 140, 400 };

	@Override
	public Image getColumnImage(Object element, int column) {
		return null;
	}

	@Override
	public String getColumnText(Object element, int column) {
		if (!(element instanceof Transition t)) {
			return "";
		}
		return switch (column) {
		case 0 -> t.from() == null ? "(new)" : t.from().words();
		case 1 -> t.to().words();
		case 2 -> t.who() == null ? "" : t.who();
		case 3 -> DeskMessages.when(t.when());
		case 4 -> t.why() == null ? "" : t.why();
		default -> "";
		};
	}
}
