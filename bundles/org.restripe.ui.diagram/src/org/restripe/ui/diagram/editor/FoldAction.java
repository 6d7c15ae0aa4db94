package org.restripe.ui.diagram.editor;

import java.util.List;

import org.eclipse.gef.ui.actions.SelectionAction;
import org.restripe.ui.diagram.parts.LunSummary;
import org.restripe.ui.diagram.parts.SummaryPart;

/**
 * Show or hide what a selected summary line stands for (a large volume's LUNs, a folded array's contents), as
 * its double-click does; view state only, so a read-only diagram offers it too and nothing goes on the stack.
 */
final class FoldAction extends SelectionAction {
	static final String ID = "org.restripe.ui.diagram.fold";

	FoldAction(SiteDiagramEditor editor) {
		super(editor);
		setId(ID);
		setText("Show &LUNs");
	}

	private SummaryPart selected() {
		List<?> selection = getSelectedObjects();
		return selection.size() == 1 && selection.get(0) instanceof SummaryPart part ? part : null;
	}

	@Override
	protected boolean calculateEnabled() {
		SummaryPart part = selected();
		if (part != null) {
			String what = part.getModel() instanceof LunSummary ? "&LUNs" : "Array &Contents";
			setText((part.isFolded() ? "Show " : "Hide ") + what);
		}
		return part != null;
	}

	@Override
	public void run() {
		SummaryPart part = selected();
		if (part != null) {
			part.toggle();
		}
	}
}
