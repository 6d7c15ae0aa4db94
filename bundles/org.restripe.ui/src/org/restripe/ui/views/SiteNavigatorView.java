package org.restripe.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
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
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof SiteFile site ? site.siteName() : super.getText(element);
			}
		});
		getSite().setSelectionProvider(viewer);
		refresh();
	}

	/** Re-reads the site files from disk. */
	public void refresh() {
		viewer.setInput(listSites(RestripeUi.dataDirectory().sites()));
	}

	static List<SiteFile> listSites(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(SiteFile.EXTENSION)).sorted()
					.map(SiteFile::new).toList();
		} catch (IOException e) {
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
