package org.restripe.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;

/** A site configuration file (*.restripe) in the data directory, as listed in the Sites view. */
public record SiteFile(Path path) implements IAdaptable {
	public static final String EXTENSION = ".restripe";

	public String siteName() {
		String file = path.getFileName().toString();
		return file.endsWith(EXTENSION) ? file.substring(0, file.length() - EXTENSION.length()) : file;
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
}
