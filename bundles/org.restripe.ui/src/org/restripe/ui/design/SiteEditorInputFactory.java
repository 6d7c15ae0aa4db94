package org.restripe.ui.design;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/**
 * Recreates a site editor's input from the workbench's saved state, so the site files open at exit open again
 * at the next start; a file deleted or moved since is left out (the editor is not restored), not an error.
 */
public final class SiteEditorInputFactory implements IElementFactory {
	public static final String ID = "org.restripe.ui.design.siteEditorInputFactory";
	static final String FILE = "file";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String file = memento.getString(FILE);
		if (file == null || file.isBlank() || !Files.isRegularFile(Path.of(file))) {
			return null;
		}
		return new SiteEditorInput(Path.of(file));
	}
}
