package org.restripe.ui.kit;

import java.nio.file.Path;

/**
 * What a kit is filed under once it is written and read back verified (the desk's request it serves), in the
 * build job, off the UI thread. It says what it did in words for the result dialog, failures included: the kit
 * is on disk by then, so a filing that fails does not undo it.
 */
@FunctionalInterface
public interface KitFiling {
	KitFiling NONE = kit -> "";

	String file(Path kit);
}
