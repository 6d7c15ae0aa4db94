package org.restripe.ui.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.restripe.model.Identified;

/** Renames an element in place; the id stays, so the planner still knows it as the same element. */
public class RenameCommand extends ModelCommand {
	private final Identified element;
	private final String name;

	public RenameCommand(Identified element, String name) {
		super("Rename " + element.getName() + " to " + name);
		this.element = element;
		this.name = name == null ? "" : name.trim();
	}

	@Override
	public boolean canExecute() {
		return !name.isEmpty() && !name.equals(element.getName());
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return List.of(element);
	}

	@Override
	protected void change() {
		element.setName(name);
	}
}
