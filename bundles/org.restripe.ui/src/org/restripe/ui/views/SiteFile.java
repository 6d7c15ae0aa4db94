package org.restripe.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;

/**
 * A site configuration file (*.restripe) in the data directory, as listed in the Sites view. The site is
 * loaded when first expanded; a file that cannot be read keeps its error to show instead of children.
 */
public final class SiteFile implements IAdaptable {
	public static final String EXTENSION = ".restripe";

	private final Path path;
	private Site site;
	private String loadError;

	public SiteFile(Path path) {
		this.path = path;
	}

	public Path path() {
		return path;
	}

	public String siteName() {
		String file = path.getFileName().toString();
		return file.endsWith(EXTENSION) ? file.substring(0, file.length() - EXTENSION.length()) : file;
	}

	/** The loaded site, or null if the file could not be read (see {@link #loadError()}). */
	public synchronized Site site() {
		if (site == null && loadError == null) {
			try {
				site = SiteFiles.load(path);
			} catch (SiteFileException e) {
				loadError = e.getMessage();
			}
		}
		return site;
	}

	public synchronized String loadError() {
		return loadError;
	}

	public long size() {
		try {
			return Files.size(path);
		} catch (IOException e) {
			return -1;
		}
	}

	public FileTime lastModified() {
		try {
			return Files.getLastModifiedTime(path);
		} catch (IOException e) {
			return FileTime.fromMillis(0);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySource.class) {
			return adapter.cast(new SiteFilePropertySource(this));
		}
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SiteFile other && other.path.equals(path);
	}

	@Override
	public int hashCode() {
		return path.hashCode();
	}
}
