package org.restripe.ui.diagram.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.DiagramElement;
import org.restripe.model.Identified;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * Pastes copies of copied elements: new ids for the copy and everything in it (ids are never shared), names
 * marked as copies, 20 pixels down and right of the original. A copied array goes into the selected
 * subsystem, else beside its original; its channels still lead to the same hosts.
 */
public class PasteCommand extends ModelCommand {
	static final int OFFSET = 20;

	private final Site site;
	private final List<Identified> originals;
	private final Subsystem targetSubsystem;
	private final List<Identified> pasted = new ArrayList<>();

	public PasteCommand(Site site, List<Identified> originals, Subsystem targetSubsystem) {
		super("Paste");
		this.site = site;
		this.originals = List.copyOf(originals);
		this.targetSubsystem = targetSubsystem;
	}

	@Override
	public boolean canExecute() {
		return !originals.isEmpty() && originals.stream().allMatch(o -> parentFor(o) != null);
	}

	private EObject parentFor(Identified original) {
		if (EcoreUtil.getRootContainer(original) != site) {
			return null; // another site's elements would bring references to hosts and LANs that are not here
		}
		if (original instanceof StorageUnit) {
			return targetSubsystem != null ? targetSubsystem : original.eContainer();
		}
		return original instanceof DiagramElement && EcoreUtil.getRootContainer(original) == site
				&& CreateElementCommand.containment(site, original) != null ? site : null;
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return List.of(site);
	}

	@Override
	protected void change() {
		pasted.clear();
		Ids ids = new Ids(site);
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<EObject> copies = new ArrayList<>(copier.copyAll(originals));
		copier.copyReferences();
		for (int i = 0; i < copies.size(); i++) {
			Identified copy = (Identified) copies.get(i);
			renumber(copy, ids);
			copy.setName(originals.get(i).getName() + "-copy");
			if (copy instanceof DiagramElement node) {
				shift(node);
			}
			add(parentFor(originals.get(i)), copy);
			pasted.add(copy);
		}
	}

	/** Fresh ids for a copy and everything inside it: ids are never shared within a site. */
	static void renumber(Identified copy, Ids ids) {
		copy.setId(ids.claim(copy.getId() + "-copy"));
		for (TreeIterator<EObject> it = copy.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified inner && inner.getId() != null) {
				inner.setId(ids.claim(inner.getId() + "-copy"));
			}
		}
	}

	private static void shift(DiagramElement node) {
		node.setX(node.getX() + OFFSET);
		node.setY(node.getY() + OFFSET);
		if (node instanceof Subsystem subsystem) {
			subsystem.getStorageUnits().forEach(PasteCommand::shift);
		}
	}

	@SuppressWarnings("unchecked")
	private static void add(EObject parent, EObject copy) {
		EReference reference = CreateElementCommand.containment(parent, copy);
		if (reference.isMany()) {
			((List<EObject>) parent.eGet(reference)).add(copy);
		} else {
			parent.eSet(reference, copy);
		}
	}

	/** The copies made by the last execution, for selecting them. */
	public List<Identified> pasted() {
		return pasted;
	}
}
