package org.restripe.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.restripe.ui.RestripeUi;

/** The customer sites whose configuration files live in the data directory. */
public class SiteNavigatorView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.siteNavigator";

	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new SiteContentProvider());
		viewer.setLabelProvider(new SiteLabelProvider());
		getSite().setSelectionProvider(viewer);
		refresh();
	}

	/** Re-reads the site files from disk. */
	public void refresh() {
		List<SiteFile> sites = listSites(RestripeUi.dataDirectory().sites());
		viewer.setInput(sites);
		if (sites.size() == 1) {
			viewer.expandToLevel(sites.get(0), 2); // a lone site is what the engineer came to look at
		}
	}

	static List<SiteFile> listSites(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(SiteFile.EXTENSION)).sorted()
					.map(SiteFile::new).toList();
		} catch (IOException e) {
			// an unreadable folder shows as no sites; the data directory itself was checked at start-up
			return List.of();
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
