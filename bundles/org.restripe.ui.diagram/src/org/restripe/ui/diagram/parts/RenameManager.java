package org.restripe.ui.diagram.parts;

import java.util.function.Supplier;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** Rename in place: a text cell over the element's name, committed with Enter, dropped with Escape. */
final class RenameManager extends DirectEditManager {
	private final String name;

	RenameManager(GraphicalEditPart part, Supplier<Rectangle> nameBounds, String name) {
		super(part, TextCellEditor.class, new NameLocator(part, nameBounds));
		this.name = name == null ? "" : name;
	}

	@Override
	protected CellEditor createCellEditorOn(org.eclipse.swt.widgets.Composite composite) {
		return new TextCellEditor(composite, SWT.SINGLE);
	}

	@Override
	protected void initCellEditor() {
		getCellEditor().setValue(name);
		((Text) getCellEditor().getControl()).selectAll();
	}

	/** Places the text cell over the name, scaled and scrolled like the figure. */
	private record NameLocator(GraphicalEditPart part, Supplier<Rectangle> nameBounds) implements CellEditorLocator {
		@Override
		public void relocate(CellEditor editor) {
			Rectangle r = nameBounds.get().getCopy();
			part.getFigure().translateToAbsolute(r);
			Text text = (Text) editor.getControl();
			int height = Math.max(r.height, text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
			text.setBounds(r.x, r.y, Math.max(r.width, 80), height);
		}
	}
}
