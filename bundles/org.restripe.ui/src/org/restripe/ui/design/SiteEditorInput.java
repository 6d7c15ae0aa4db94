package org.restripe.ui.design;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * A site configuration file opened in an editor. A desired configuration ("X.desired.restripe") knows the
 * current one it was designed from ("X.restripe") by that naming rule, so the link survives a restart.
 */
public final class SiteEditorInput implements IPathEditorInput {
	public static final String EXTENSION = ".restripe";
	public static final String DESIRED_SUFFIX = ".desired" + EXTENSION;

	private final Path file;

	public SiteEditorInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public Path file() {
		return file;
	}

	/** Whether this file is a desired configuration designed from a current one. */
	public boolean isDesired() {
		return file.getFileName().toString().endsWith(DESIRED_SUFFIX);
	}

	/** The current configuration a desired one was designed from; null for a current configuration. */
	public Path currentFile() {
		if (!isDesired()) {
			return null;
		}
		String name = file.getFileName().toString();
		return file.resolveSibling(name.substring(0, name.length() - DESIRED_SUFFIX.length()) + EXTENSION);
	}

	/** Where the desired configuration designed from this current one lives. */
	public static Path desiredFileFor(Path currentFile) {
		String name = currentFile.getFileName().toString();
		String base = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
		return currentFile.resolveSibling(base + DESIRED_SUFFIX);
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		String name = file.getFileName().toString();
		if (isDesired()) {
			return name.substring(0, name.length() - DESIRED_SUFFIX.length()) + ", design"; // "demo-site, design"
		}
		return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
	}

	/** The workbench reopens the site's editors at the next start, as it left them (SiteEditorInputFactory). */
	@Override
	public IPersistableElement getPersistable() {
		return new IPersistableElement() {
			@Override
			public String getFactoryId() {
				return SiteEditorInputFactory.ID;
			}

			@Override
			public void saveState(IMemento memento) {
				memento.putString(SiteEditorInputFactory.FILE, file.toString());
			}
		};
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SiteEditorInput other && other.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
