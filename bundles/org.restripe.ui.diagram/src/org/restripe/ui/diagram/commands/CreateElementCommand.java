package org.restripe.ui.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.DiagramElement;
import org.restripe.model.Identified;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.Site;

/**
 * Adds an element from the palette to the site: a node at the drawn bounds (absolute diagram coordinates),
 * or a tray, volume or LUN to a storage unit. It arrives furnished (ids, disks, ports) as {@link Furnisher}
 * describes.
 */
public class CreateElementCommand extends ModelCommand {
	private final EObject parent;
	private final Identified element;
	private final int[] bounds;

	/** bounds: x, y and optionally width, height; null for elements that are not drawn as nodes. */
	public CreateElementCommand(EObject parent, Identified element, int[] bounds) {
		super("Add " + org.restripe.ui.Words.kind(element).toLowerCase(java.util.Locale.ROOT).replace("lun", "LUN")
				.replace("lan", "LAN")); // "Add storage unit", as Edit > Undo shows it
		this.parent = parent;
		this.element = element;
		this.bounds = bounds;
	}

	/** The containment that holds an element of that kind in that parent, or null if it has no place there. */
	public static EReference containment(EObject parent, EObject element) {
		for (EReference reference : parent.eClass().getEAllContainments()) {
			if (reference.getEReferenceType().isInstance(element)) {
				boolean free = reference.isMany() || parent.eGet(reference) == null;
				return free && isDrawnThere(reference) ? reference : null;
			}
		}
		return null;
	}

	/** Ports, cache settings and serial ports come with their array or host; they are not dropped. */
	private static boolean isDrawnThere(EReference reference) {
		return reference != Literals.STORAGE_UNIT__PORTS && reference != Literals.STORAGE_UNIT__CACHE
				&& reference != Literals.STORAGE_UNIT__MAPPINGS && reference != Literals.STORAGE_UNIT__CKD_DEVICES
				&& reference != Literals.MANAGEMENT_HOST__SERIAL_PORTS;
	}

	@Override
	public boolean canExecute() {
		return parent != null && element != null && containment(parent, element) != null;
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return List.of(parent);
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void change() {
		EReference reference = containment(parent, element);
		Site site = (Site) EcoreUtil.getRootContainer(parent);
		List<? extends Identified> siblings = reference.isMany() ? (List<? extends Identified>) parent.eGet(reference)
				: List.of();
		if (element instanceof DiagramElement node && bounds != null) {
			node.setX(bounds[0]);
			node.setY(bounds[1]);
			if (bounds.length == 4) {
				node.setWidth(bounds[2]);
				node.setHeight(bounds[3]);
			}
			Furnisher.defaultSize(node);
			FreeRoom.place(node, parent); // never on top of another figure
		}
		// ids are given before the element joins the site: the resource indexes ids as elements attach
		new Furnisher(site).furnish(element, parent, siblings);
		if (reference.isMany()) {
			((List<EObject>) parent.eGet(reference)).add(element);
		} else {
			parent.eSet(reference, element);
		}
	}

	public Identified element() {
		return element;
	}
}
