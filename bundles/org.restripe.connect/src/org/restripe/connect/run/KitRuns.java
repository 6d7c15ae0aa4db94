package org.restripe.connect.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Site;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;

/**
 * What every front end of a kit run (the CLI's apply, the workbench's Run Kit) must agree on: the kit's
 * identity, where its journal lives, and which arrays it changes. Two front ends that disagreed here would not
 * resume each other's runs.
 */
public final class KitRuns {
	private KitRuns() {
	}

	/** The kit's identity for its journal: the SHA-256 of its manifest, which the signature covers. */
	public static String kitId(Kit kit) throws KitException {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(kit.text(Kit.MANIFEST).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** DATA/runs/KITID/journal.txt: the steps of this kit done so far, whichever front end ran them. */
	public static Path journalFile(Path dataDirectory, Kit kit) throws KitException {
		return dataDirectory.resolve("runs").resolve(kitId(kit)).resolve("journal.txt");
	}

	/** The arrays the kit changes, as {@code site} has them (the kit's design, or the site before the run). */
	public static List<SiteArray> kitArrays(Kit kit, Site site, DriverRegistry drivers) throws KitException {
		List<String> names = kit.plan().lanes().values().stream().map(l -> l.get(0).step().unitName()).toList();
		return SiteArrays.of(site, drivers).stream().filter(a -> names.contains(a.name())).toList();
	}
}
