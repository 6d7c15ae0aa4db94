package org.restripe.ui.wizards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.restripe.model.Site;
import org.restripe.plan.StorageConfiguration;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.ui.connect.SiteChoice;
import org.restripe.ui.views.SiteFile;

/**
 * What Import Kit shows of a kit before anything runs, each in words: who signed it, whether this workbench
 * trusts that key, whether the signature holds over every part, and whether the kit was computed from the site's
 * configuration as its site file has it now. {@code refusal} is why the kit may not be imported (a bad
 * signature or a signer not trusted); null when it may.
 */
public record KitInspection(Path kitFile, String signer, String trust, String signature, String siteName,
		Path siteFile, String freshness, boolean fresh, String refusal) {

	/** Reads and checks the kit; I/O, so called off the UI thread. */
	public static KitInspection of(Path kitFile, Path dataDirectory, Path sitesFolder) {
		CenterPublicKey signer;
		try {
			signer = signer(kitFile);
		} catch (KitException e) {
			String m = "Signature: " + e.getMessage();
			return new KitInspection(kitFile, "unknown", "-", m, null, null, "not checked", false, m);
		}
		String signerText = signer.name() + " (fingerprint " + signer.fingerprint() + ")";
		TrustedKeys trusted;
		try {
			trusted = TrustedKeys.open(dataDirectory);
		} catch (KitException e) {
			String m = "Trusted keys: " + e.getMessage();
			return new KitInspection(kitFile, signerText, m, "not checked", null, null, "not checked", false, m);
		}
		boolean isTrusted = trusted.find(signer).isPresent();
		String trust = isTrusted ? "trusted: this workbench accepts kits signed with this key"
				: "NOT trusted: the key is not among this workbench's trusted kit keys (" + trusted.file() + ")";
		Kit kit;
		try {
			kit = isTrusted ? Kit.read(kitFile, trusted) : readWithOnly(kitFile, signer);
		} catch (KitException | IOException e) {
			String m = "Signature: " + e.getMessage();
			return new KitInspection(kitFile, signerText, trust, "BAD: " + e.getMessage(), null, null, "not checked",
					false, m);
		}
		String signature = "good: manifest.txt is signed by this key and every part matches its SHA-256";
		String refusal = isTrusted ? null : "Signer: " + signer.name() + " is not trusted by this workbench; if you "
				+ "trust that center, add its key first (Preferences > Restripe > Trusted Kit Keys)";
		return stale(kit, kitFile, signerText, trust, signature, sitesFolder, refusal);
	}

	private static KitInspection stale(Kit kit, Path kitFile, String signer, String trust, String signature,
			Path sitesFolder, String refusal) {
		Site desired;
		try {
			desired = kit.desired();
		} catch (KitException e) {
			return new KitInspection(kitFile, signer, trust, signature, null, null, "not checked: " + e.getMessage(),
					false, refusal);
		}
		String name = desired.getName();
		SiteFile file = SiteChoice.sites(sitesFolder).stream().filter(f -> f.siteName().equals(name)
				|| f.site() != null && name.equals(f.site().getName())).findFirst().orElse(null);
		if (file == null || file.site() == null) {
			return new KitInspection(kitFile, signer, trust, signature, name, null, "not checked: no readable site file of "
					+ name + " in " + sitesFolder, false, refusal);
		}
		String base = kit.manifest().currentConfiguration();
		String now = StorageConfiguration.of(file.site()).sha256();
		String words = base.equals(now)
				? "fresh: computed from the configuration of " + name + " as its site file has it now (" + abbrev(now) + ")"
				: "STALE: computed from configuration " + abbrev(base) + ", but the site file of " + name + " is now at "
						+ abbrev(now) + "; the run would refuse it: plan again from the site as it is";
		return new KitInspection(kitFile, signer, trust, signature, name, file.path(), words, base.equals(now), refusal);
	}

	private static String abbrev(String sha) {
		return sha.substring(0, 12) + "...";
	}

	/** The signer named in signature.txt, believed for nothing but showing it (the signature is checked after). */
	static CenterPublicKey signer(Path kitFile) throws KitException {
		String text = part(kitFile, Kit.SIGNATURE);
		if (text == null) {
			throw new KitException("unsigned kit: " + kitFile.getFileName() + " carries no " + Kit.SIGNATURE);
		}
		for (String line : text.split("\n")) {
			if (line.startsWith("signer ")) {
				try {
					return CenterPublicKey.parse(line.substring("signer ".length()));
				} catch (KitException e) {
					throw new KitException("bad signature: the signer's key is damaged (" + e.getMessage() + ")", e);
				}
			}
		}
		throw new KitException("bad signature: " + Kit.SIGNATURE + " names no signer");
	}

	private static String part(Path kitFile, String name) throws KitException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(kitFile))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			return null;
		} catch (ZipException | java.io.EOFException e) {
			throw new KitException(kitFile.getFileName() + " is not a kit, or a damaged one (" + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new KitException(kitFile + " cannot be read (" + e.getMessage() + ")", e);
		}
	}

	/** Checks the signature and parts against the signer's own key alone, in a key folder of its own. */
	private static Kit readWithOnly(Path kitFile, CenterPublicKey signer) throws KitException, IOException {
		Path scratch = Files.createTempDirectory("restripe-kit-check");
		try {
			TrustedKeys only = TrustedKeys.open(scratch);
			only.trust(signer.line());
			return Kit.read(kitFile, only);
		} finally {
			try (Stream<Path> files = Files.walk(scratch)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	/** Every fact as label and words, in the page's order. */
	public List<String[]> rows() {
		return List.of(new String[] { "Signer:", signer }, new String[] { "Trusted:", trust },
				new String[] { "Signature:", signature }, new String[] { "Site:", siteName == null ? "unknown" : siteName
						+ (siteFile == null ? "" : " (" + siteFile + ")") },
				new String[] { "Stale check:", freshness });
	}
}
