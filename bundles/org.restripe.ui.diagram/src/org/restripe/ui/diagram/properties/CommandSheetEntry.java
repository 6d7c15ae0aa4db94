package org.restripe.ui.diagram.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.commands.CommandStackListener;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetEntry;
import org.restripe.ui.diagram.commands.ModelCommand;

/**
 * The sheet's root entry in the editor: a value typed or picked in a row becomes one command on the editor's
 * stack, labelled after the row ("Set cache mode"), so Undo names it and restores exactly what changed (the
 * change recorder of {@link ModelCommand}, not a second setPropertyValue that could mint new ids).
 */
public final class CommandSheetEntry extends PropertySheetEntry {
	private final CommandStack stack;
	private final CommandStackListener listener;
	private final CommandSheetEntry root;
	private final IStatusLineManager statusLine;

	public CommandSheetEntry(CommandStack stack, IStatusLineManager statusLine) {
		this.stack = stack;
		this.listener = event -> refreshFromRoot();
		this.root = this;
		this.statusLine = statusLine;
		stack.addCommandStackListener(listener);
	}

	private CommandSheetEntry(CommandSheetEntry root) {
		this.stack = null;
		this.listener = null;
		this.root = root;
		this.statusLine = null;
	}

	@Override
	protected PropertySheetEntry createChildEntry() {
		return new CommandSheetEntry(root);
	}

	/**
	 * A refused value's message stays in the status line after Return: the sheet clears the line when its cell
	 * editor closes, right after the refusal, which would leave the engineer with a silent revert.
	 */
	@Override
	public void applyEditorValue() {
		super.applyEditorValue();
		String refusal = getErrorText();
		IStatusLineManager line = root.statusLine;
		if (refusal != null && line != null) {
			Display.getCurrent().asyncExec(() -> line.setErrorMessage(refusal));
		}
	}

	@Override
	public void dispose() {
		if (stack != null) {
			stack.removeCommandStackListener(listener);
		}
		super.dispose();
	}

	@Override
	protected void valueChanged(PropertySheetEntry child) {
		if (stack == null) {
			super.valueChanged(child); // rows are direct children of the root; nothing nests deeper here
			return;
		}
		List<IPropertySource> sources = new ArrayList<>();
		List<EObject> elements = new ArrayList<>();
		for (Object value : getValues()) {
			IPropertySource source = getPropertySource(value);
			sources.add(source);
			if (source.getEditableValue() instanceof EObject element) {
				elements.add(element);
			}
		}
		Object id = ((CommandSheetEntry) child).getDescriptor().getId();
		stack.execute(new SetPropertyCommand(label(child.getDisplayName()), sources, elements, id, child.getValues()));
	}

	/** "Set cache mode", "Set RAID level": the row's name as the engineer reads it in the Edit menu. */
	static String label(String displayName) {
		boolean acronym = displayName.length() > 1 && Character.isUpperCase(displayName.charAt(1));
		return "Set " + (acronym ? displayName : Character.toLowerCase(displayName.charAt(0)) + displayName.substring(1));
	}

	/** One row's new value set on every selected element's property source. */
	private static final class SetPropertyCommand extends ModelCommand {
		private final List<IPropertySource> sources;
		private final List<EObject> elements;
		private final Object id;
		private final Object[] values;

		SetPropertyCommand(String label, List<IPropertySource> sources, List<EObject> elements, Object id,
				Object[] values) {
			super(label);
			this.sources = sources;
			this.elements = elements;
			this.id = id;
			this.values = values.clone();
		}

		@Override
		protected Collection<? extends Notifier> scope() {
			// the whole site: a changed LUN mapping or disk role lies outside the selected element
			return elements.stream().map(EcoreUtil::getRootContainer).distinct().toList();
		}

		@Override
		protected void change() {
			for (int i = 0; i < sources.size(); i++) {
				sources.get(i).setPropertyValue(id, values[i]);
			}
		}
	}
}
