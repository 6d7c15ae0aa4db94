package org.restripe.ui.monitoring;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.swt.widgets.Combo;

/** The site chooser of the monitoring views. */
final class SiteCombo {
	private SiteCombo() {
	}

	/**
	 * Offers the sites and selects {@code chosen}, which stays offered even while it has neither a site file nor
	 * samples yet (a site just given its targets and contract).
	 */
	static void show(Combo combo, List<String> sites, String chosen) {
		TreeSet<String> offered = new TreeSet<>(sites);
		if (chosen != null) {
			offered.add(chosen);
		}
		combo.setItems(offered.toArray(String[]::new));
		if (chosen != null) {
			combo.select(combo.indexOf(chosen));
		}
	}
}
