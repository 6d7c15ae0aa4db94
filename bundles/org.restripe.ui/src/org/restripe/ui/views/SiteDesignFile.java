package org.restripe.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;

import org.restripe.ui.design.SiteEditorInput;

/**
 * A site's desired design in the Sites view: shown under its site as "demo-site, design", never as a site of
 * its own (it is a proposal for that site, not another customer's configuration).
 */
public record SiteDesignFile(SiteFile site, Path path) {

	/** The design of that site, or null when nobody has designed a new configuration of it yet. */
	public static SiteDesignFile of(SiteFile site) {
		Path design = SiteEditorInput.desiredFileFor(site.path());
		return Files.exists(design) ? new SiteDesignFile(site, design) : null;
	}

	/** "demo-site, design", as the design's editor is titled. */
	public String label() {
		return new SiteEditorInput(path).getName();
	}
}
