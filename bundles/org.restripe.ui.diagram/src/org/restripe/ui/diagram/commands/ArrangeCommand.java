package org.restripe.ui.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.restripe.model.Site;

/** "Arrange automatically": the whole site laid out afresh by {@link AutoLayout}, undoable. */
public class ArrangeCommand extends ModelCommand {
	private final Site site;
	private final NodeSizes sizes;

	/** sizes: how big each node's figure wants to be, so every node gets room for its whole text. */
	public ArrangeCommand(Site site, NodeSizes sizes) {
		super("Arrange automatically");
		this.site = site;
		this.sizes = sizes;
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return List.of(site);
	}

	@Override
	protected void change() {
		AutoLayout.arrange(site, sizes);
	}
}
