package org.restripe.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * Window > Perspective: Restripe's perspectives in the order a request travels (Desk, Design, Operations,
 * Monitoring), each opened by the workbench's own Show Perspective command. Listed from the registry, so a
 * perspective another bundle adds appears without an edit here.
 */
public class PerspectiveMenu extends CompoundContributionItem {
	public static final String SHOW_PERSPECTIVE = "org.eclipse.ui.perspectives.showPerspective";
	public static final String PERSPECTIVE_PARAMETER = "org.eclipse.ui.perspectives.showPerspective.perspectiveId";
	static final String PREFIX = "org.restripe.ui.perspective.";
	/** The order of the engineer's day: take the request, design, run it, watch the site. */
	public static final List<String> ORDER = List.of(PREFIX + "desk", DesignPerspective.ID, PREFIX + "operations",
			PREFIX + "monitoring");

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		for (IPerspectiveDescriptor perspective : restripePerspectives()) {
			CommandContributionItemParameter p = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					PREFIX + "menu." + perspective.getId(), SHOW_PERSPECTIVE, CommandContributionItem.STYLE_PUSH);
			p.label = perspective.getLabel();
			p.icon = perspective.getImageDescriptor();
			p.parameters = Map.of(PERSPECTIVE_PARAMETER, perspective.getId());
			items.add(new CommandContributionItem(p));
		}
		return items.toArray(IContributionItem[]::new);
	}

	/** Restripe's perspectives that are installed, in {@link #ORDER}, others of ours after them by name. */
	public static List<IPerspectiveDescriptor> restripePerspectives() {
		IPerspectiveDescriptor[] all = PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives();
		return Arrays.stream(all).filter(p -> p.getId().startsWith(PREFIX))
				.sorted(Comparator.comparingInt((IPerspectiveDescriptor p) -> rank(p.getId()))
						.thenComparing(IPerspectiveDescriptor::getLabel))
				.toList();
	}

	private static int rank(String id) {
		int at = ORDER.indexOf(id);
		return at < 0 ? ORDER.size() : at;
	}
}
