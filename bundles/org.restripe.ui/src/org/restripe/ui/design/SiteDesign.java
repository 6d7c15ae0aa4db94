package org.restripe.ui.design;

import java.nio.file.Path;
import java.util.List;

import org.restripe.model.Site;
import org.restripe.review.Finding;

/**
 * What an editor of a site offers the Review and Plan views, so those views (in this bundle) need not know
 * the diagram editor's bundle: editors adapt to this interface through getAdapter.
 */
public interface SiteDesign {

	/** The site as it is being edited. */
	Site site();

	/** The current configuration this design changes, or null when the edited site is the current one. */
	Site current();

	Path file();

	/** The latest review findings of the edited site (against the current one for a desired design). */
	List<Finding> findings();

	/** Selects and shows the element with that id in the editor; false if it is not shown there. */
	boolean reveal(String elementId);

	/** Called on the UI thread after every change of the site and after every new review. */
	void addDesignListener(Runnable listener);

	void removeDesignListener(Runnable listener);
}
