package org.restripe.ui.diagram.editor;

import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.Request;
import org.eclipse.gef.dnd.AbstractTransferDropTargetListener;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.restripe.model.DiagramElement;

/**
 * Accepts a site element dragged from the Sites view as a creation request whose new object is that element;
 * the layout policy turns it into a copy with fresh ids (DropCopyCommand), so the other site is untouched.
 */
public class SiteElementDropListener extends AbstractTransferDropTargetListener {

	public SiteElementDropListener(EditPartViewer viewer) {
		super(viewer, LocalSelectionTransfer.getTransfer());
	}

	private static DiagramElement dragged() {
		ISelection selection = LocalSelectionTransfer.getTransfer().getSelection();
		return selection instanceof IStructuredSelection s && s.getFirstElement() instanceof DiagramElement node
				&& node.eContainer() != null ? node : null;
	}

	@Override
	public boolean isEnabled(DropTargetEvent event) {
		return dragged() != null && super.isEnabled(event);
	}

	@Override
	protected Request createTargetRequest() {
		DiagramElement node = dragged();
		CreateRequest request = new CreateRequest();
		request.setFactory(new CreationFactory() {
			@Override
			public Object getNewObject() {
				return node;
			}

			@Override
			public Object getObjectType() {
				return node == null ? null : node.eClass();
			}
		});
		return request;
	}

	@Override
	protected void updateTargetRequest() {
		((CreateRequest) getTargetRequest()).setLocation(getDropLocation());
	}

	@Override
	protected void handleDragOver() {
		getCurrentEvent().detail = DND.DROP_COPY; // the element stays in its own site
		super.handleDragOver();
	}
}
