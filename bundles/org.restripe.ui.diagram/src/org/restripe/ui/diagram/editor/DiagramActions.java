package org.restripe.ui.diagram.editor;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.actions.DeleteAction;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.PrintAction;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.actions.ActionFactory;
import org.restripe.model.DialbackModem;
import org.restripe.model.DiagramElement;
import org.restripe.model.Identified;
import org.restripe.model.ManagementHost;
import org.restripe.model.Subsystem;
import org.restripe.ui.diagram.commands.ArrangeCommand;
import org.restripe.ui.diagram.commands.PasteCommand;

/** The editor's own actions besides GEF's undo, redo, delete and select all. */
final class DiagramActions {
	static final String ARRANGE = "org.restripe.ui.diagram.arrange";
	static final String EXPORT_PNG = "org.restripe.ui.diagram.exportPng";

	private DiagramActions() {
	}

	static void register(SiteDiagramEditor editor, ActionRegistry registry, ZoomManager zoom) {
		registry.registerAction(new ZoomInAction(zoom));
		registry.registerAction(new ZoomOutAction(zoom));
		registry.registerAction(new PrintAction(editor));
		Action arrange = new Action("&Arrange Automatically") {
			@Override
			public void run() {
				editor.getCommandStack().execute(new ArrangeCommand(editor.site(), editor.nodeSizes()));
			}
		};
		arrange.setId(ARRANGE);
		arrange.setEnabled(!editor.isReadOnly());
		registry.registerAction(arrange);
		Action export = new Action("E&xport Diagram as PNG...") {
			@Override
			public void run() {
				exportPng(editor);
			}
		};
		export.setId(EXPORT_PNG);
		registry.registerAction(export);
	}

	private static void exportPng(SiteDiagramEditor editor) {
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.png" });
		dialog.setFileName(editor.file().getFileName().toString().replace(".restripe", ".png"));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			DiagramImages.savePng(editor.getGraphicalViewer(), Paths.get(chosen));
		} catch (java.io.IOException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Cannot export the diagram", e.getMessage());
		}
	}

	/** Actions that follow the selection; the editor updates them when it changes. */
	static List<String> createSelectionActions(SiteDiagramEditor editor, ActionRegistry registry) {
		List<IAction> actions = List.of(new RenameAction(editor), new CopyAction(editor), new PasteAction(editor),
				new GuardedDeleteAction(editor), new AddDiskAction(editor), new FoldAction(editor));
		List<String> ids = new ArrayList<>();
		for (IAction action : actions) {
			boolean replaces = registry.getAction(action.getId()) != null; // GEF's own delete is followed already
			registry.registerAction(action);
			if (!replaces) {
				ids.add(action.getId());
			}
		}
		return ids;
	}

	/** Deletes the selection, never in a read-only diagram. */
	static final class GuardedDeleteAction extends DeleteAction {
		private final SiteDiagramEditor editor;

		GuardedDeleteAction(SiteDiagramEditor editor) {
			super((org.eclipse.ui.IWorkbenchPart) editor);
			this.editor = editor;
		}

		@Override
		protected boolean calculateEnabled() {
			return !editor.isReadOnly() && super.calculateEnabled();
		}
	}

	/** Renames the selected element in place (F2), never in a read-only diagram. */
	static final class RenameAction extends DirectEditAction {
		private final SiteDiagramEditor editor;

		RenameAction(SiteDiagramEditor editor) {
			super((org.eclipse.ui.IWorkbenchPart) editor);
			this.editor = editor;
			setText("Re&name");
			setToolTipText("Rename the selected element");
		}

		@Override
		protected boolean calculateEnabled() {
			return !editor.isReadOnly() && super.calculateEnabled();
		}
	}

	/** Copies the selected nodes (not the one management host or modem a site has) for pasting. */
	static final class CopyAction extends SelectionAction {
		private final SiteDiagramEditor editor;

		CopyAction(SiteDiagramEditor editor) {
			super(editor);
			this.editor = editor;
			setId(ActionFactory.COPY.getId());
			setText("&Copy");
		}

		private List<Identified> copyable() {
			List<Identified> nodes = new ArrayList<>();
			for (Object model : editor.selectedModels()) {
				if (model instanceof DiagramElement node && !(model instanceof ManagementHost)
						&& !(model instanceof DialbackModem)) {
					nodes.add(node);
				}
			}
			return nodes;
		}

		@Override
		protected boolean calculateEnabled() {
			return !copyable().isEmpty();
		}

		@Override
		public void run() {
			Clipboard.getDefault().setContents(copyable());
		}
	}

	/** Pastes copies into this site; a copied array goes into the selected subsystem if one is selected. */
	static final class PasteAction extends SelectionAction {
		private final SiteDiagramEditor editor;

		PasteAction(SiteDiagramEditor editor) {
			super(editor);
			this.editor = editor;
			setId(ActionFactory.PASTE.getId());
			setText("&Paste");
		}

		private PasteCommand command() {
			if (!(Clipboard.getDefault().getContents() instanceof List<?> copied) || copied.isEmpty()) {
				return null;
			}
			Subsystem target = editor.selectedModels().stream().filter(Subsystem.class::isInstance)
					.map(Subsystem.class::cast).findFirst().orElse(null);
			List<Identified> originals = copied.stream().filter(Identified.class::isInstance).map(Identified.class::cast)
					.toList();
			return new PasteCommand(editor.site(), originals, target);
		}

		@Override
		protected boolean calculateEnabled() {
			if (editor.isReadOnly()) {
				return false;
			}
			PasteCommand command = command();
			return command != null && command.canExecute();
		}

		@Override
		public void run() {
			PasteCommand command = command();
			editor.getCommandStack().execute(command);
			List<EditPart> parts = new ArrayList<>();
			for (Identified pasted : command.pasted()) {
				Object part = editor.getGraphicalViewer().getEditPartRegistry().get(pasted);
				if (part instanceof EditPart p) {
					parts.add(p);
				}
			}
			editor.getGraphicalViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(parts));
		}
	}
}
