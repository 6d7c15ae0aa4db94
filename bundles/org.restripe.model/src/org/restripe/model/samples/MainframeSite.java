package org.restripe.model.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;

/**
 * The sample mainframe site shipped beside the demo site: one IBM DS8000 (array site S1, extent pool P0 as
 * RAID 5 6+P+S, 3390-3 devices 0A00 and 0A01 in LCU 0A) reached by the z/OS host mvs1 over FICON channels
 * I0030 and I0031, its DS CLI console wired to the storage management host.
 */
public final class MainframeSite {
	public static final String RESOURCE = "mainframe-site.restripe";

	private MainframeSite() {
	}

	/** Loads the shipped mainframe-site.restripe (copied to a temp file, since it may sit inside a jar). */
	public static Site loadShipped() throws IOException, SiteFileException {
		Path temp = Files.createTempFile("mainframe-site", ".restripe");
		try (InputStream in = MainframeSite.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException("The bundle lacks " + RESOURCE);
			}
			Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			return SiteFiles.load(temp);
		} finally {
			Files.delete(temp);
		}
	}
}
