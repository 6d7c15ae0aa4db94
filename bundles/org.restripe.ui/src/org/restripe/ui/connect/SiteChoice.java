package org.restripe.ui.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.views.SiteFile;
import org.restripe.ui.views.SiteNavigatorView;

/** Which site a command is about: the one selected in the Sites view, or the only one there is. */
public final class SiteChoice {
	private SiteChoice() {
	}

	/** The site file of the selection (a site, or an element of one), if it shows one. */
	public static SiteFile of(ISelection selection, IWorkbenchPage page) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return null;
		}
		Object first = structured.getFirstElement();
		if (first instanceof SiteFile file) {
			return file;
		}
		if (first instanceof EObject object && page != null
				&& page.findView(SiteNavigatorView.ID) instanceof SiteNavigatorView navigator
				&& navigator.viewer().getInput() instanceof List<?> files) {
			EObject root = EcoreUtil.getRootContainer(object);
			for (Object f : files) {
				if (f instanceof SiteFile file && file.site() == root) {
					return file;
				}
			}
		}
		return null;
	}

	/** The current configurations in the data directory's sites folder (desired designs left out). */
	public static List<SiteFile> sites(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(SiteFile.EXTENSION))
					.filter(p -> !p.getFileName().toString().endsWith(SiteEditorInput.DESIRED_SUFFIX)).sorted()
					.map(SiteFile::new).toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
