package org.restripe.ui.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Deletes elements with everything they contain; references to them elsewhere in the site (a host's
 * channels, a LAN's links, a console line) are cleared, and undo puts all of it back.
 */
public class DeleteCommand extends ModelCommand {
	private final EObject site;
	private final List<EObject> elements;

	public DeleteCommand(List<? extends EObject> elements) {
		super(elements.size() == 1 ? "Delete " + EcoreUtil.getIdentification(elements.get(0)) : "Delete " + elements.size() + " elements");
		this.elements = List.copyOf(elements);
		this.site = elements.isEmpty() ? null : EcoreUtil.getRootContainer(elements.get(0));
	}

	@Override
	public boolean canExecute() {
		return site != null && elements.stream().allMatch(e -> e.eContainer() != null);
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return List.of(site);
	}

	@Override
	protected void change() {
		for (EObject element : elements) {
			if (element.eContainer() != null) {
				EcoreUtil.delete(element, true);
			}
		}
	}
}
