package org.restripe.ui.diagram.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.tools.SelectEditPartTracker;
import org.eclipse.ui.views.properties.IPropertySource;
import org.restripe.model.Identified;
import org.restripe.model.StorageUnit;
import org.restripe.ui.diagram.figures.ItemFigure;
import org.restripe.ui.diagram.figures.Marks;
import org.restripe.ui.properties.EObjectPropertySource;

/**
 * A summary line in a storage unit's list ({@link LunSummary}, {@link ArraySummary}): a double-click (or the
 * context menu's Show/Hide) opens what it summarises or folds it again. It is selected like an item, offers its
 * volume's or array's properties, and carries the review's marks of what it hides. It is never deleted or
 * renamed itself: those act on the elements it stands for, once shown.
 */
public class SummaryPart extends AbstractGraphicalEditPart implements Markable {
	private final List<EObject> watched = new ArrayList<>();
	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && isActive()) {
				refreshVisuals(); // a hidden LUN resized changes the total
			}
		}
	};

	/** The volume or storage unit this line stands for. */
	public EObject summarised() {
		return getModel() instanceof LunSummary s ? s.volume() : ((ArraySummary) getModel()).unit();
	}

	public StorageUnit unit() {
		return getModel() instanceof LunSummary s ? (StorageUnit) s.volume().eContainer() : ((ArraySummary) getModel()).unit();
	}

	/** Whether what it stands for is folded (listed as this line only). */
	public boolean isFolded() {
		Folding folding = Folding.of(getViewer());
		return getModel() instanceof LunSummary s ? folding.isFolded(s.volume()) : folding.isFolded(unit());
	}

	/** Opens what this line summarises, or folds it again. */
	public void toggle() {
		if (getParent() instanceof StorageUnitPart unitPart) {
			unitPart.toggle(summarised());
		}
	}

	/** Ids of the elements drawn only as this line (none once opened), for the marks of changes. */
	public List<String> hiddenIds() {
		if (!isFolded()) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		if (getModel() instanceof LunSummary s) {
			Folding.lunsOf(unit(), s.volume()).forEach(l -> ids.add(l.getId()));
		} else {
			unit().eAllContents().forEachRemaining(e -> {
				if (e instanceof Identified element) {
					ids.add(element.getId()); // its disks and mappings too: nothing of a folded array is drawn
				}
			});
		}
		return ids;
	}

	@Override
	public void activate() {
		super.activate();
		watch();
	}

	@Override
	public void deactivate() {
		unwatch();
		super.deactivate();
	}

	private void watch() {
		unwatch();
		watched.add(summarised());
		if (getModel() instanceof LunSummary s) {
			watched.addAll(Folding.lunsOf(unit(), s.volume()));
		}
		watched.forEach(e -> e.eAdapters().add(listener));
	}

	private void unwatch() {
		watched.forEach(e -> e.eAdapters().remove(listener));
		watched.clear();
	}

	/** After the unit's list changed: the counts, and the LUNs whose sizes make the total. */
	void contentsChanged() {
		if (isActive()) {
			watch();
			refreshVisuals();
		}
	}

	@Override
	protected IFigure createFigure() {
		return new ItemFigure();
	}

	@Override
	protected void createEditPolicies() {
		// nothing to delete, rename or drop here: those act on the elements it stands for
	}

	@Override
	protected void refreshVisuals() {
		((ItemFigure) getFigure()).setText(NodeTexts.lineText(getModel(), Folding.of(getViewer())));
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_OPEN.equals(request.getType())) {
			toggle();
		}
	}

	/** Selects on a click, opens on a double-click; not dragged (the list's order is the array's own). */
	@Override
	public DragTracker getDragTracker(Request request) {
		return new SelectEditPartTracker(this);
	}

	@Override
	public Object getAdapter(@SuppressWarnings("rawtypes") Class key) {
		if (key == IPropertySource.class) {
			return new EObjectPropertySource(summarised(), Editing.allowed(this));
		}
		return super.getAdapter(key);
	}

	@Override
	public void mark(Marks marks) {
		((ItemFigure) getFigure()).mark(marks);
	}

	@Override
	public Marks marks() {
		return ((ItemFigure) getFigure()).marks();
	}
}
