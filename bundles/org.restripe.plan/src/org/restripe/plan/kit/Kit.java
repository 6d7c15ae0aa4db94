package org.restripe.plan.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanJson;
import org.restripe.plan.StorageConfiguration;

/**
 * The logical implementation of a plan, in one zip file: plan.json, scripts/NAME.txt and rollback/NAME.txt
 * for each array, the desired site (desired.restripe) and manifest.txt with the SHA-256 of every part and of
 * the array configuration the plan was computed from, and signature.txt, the building center's signature
 * of the manifest. A kit read back is trusted only when a trusted center signed it, then verified part by
 * part; a kit run against a site whose configuration changed since is refused as stale.
 */
public final class Kit {
	public static final String PLAN = "plan.json";
	public static final String DESIRED = "desired.restripe";
	public static final String MANIFEST = "manifest.txt";
	public static final String SIGNATURE = "signature.txt";

	/** Every part by name, in the kit's order; a part held only in the file (a written kit's design) maps to null. */
	private final Map<String, byte[]> parts;
	private final KitManifest manifest;
	private final CenterPublicKey signer;
	private final Path file;

	private Kit(Map<String, byte[]> parts, KitManifest manifest, CenterPublicKey signer, Path file) {
		this.parts = parts;
		this.manifest = manifest;
		this.signer = signer;
		this.file = file;
	}

	/**
	 * Renders the plan with the arrays' drivers, signs the kit with the center's key and writes it atomically
	 * (a temp file, then a rename). The design's XMI goes straight into the zip, hashed on the way, and is not
	 * held by the kit returned: {@link #text} reads it back from the file.
	 */
	public static Kit write(Path file, Site current, Site desired, Plan plan, DriverRegistry drivers,
			CenterKey center) throws KitException {
		// the arrays' configurations are made, sorted and hashed on the second core meanwhile: this thread
		// renders the scripts, then writes, hashes and deflates the design, the largest part
		CompletableFuture<String[]> configurations = CompletableFuture.supplyAsync(
				() -> new String[] { StorageConfiguration.sha256Of(current), StorageConfiguration.sha256Of(desired) });
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put(PLAN, PlanJson.write(plan).getBytes(StandardCharsets.UTF_8));
		Map<String, List<RenderedStep>> rendered = Scripts.render(plan, driversByUnit(desired, drivers));
		plan.lanes().values().forEach(lane -> {
			String name = lane.get(0).step().unitName();
			parts.put("scripts/" + name + ".txt", Scripts.script(name, lane, rendered.get(name))
					.getBytes(StandardCharsets.UTF_8));
			parts.put("rollback/" + name + ".txt", Scripts.rollback(name, lane, rendered.get(name))
					.getBytes(StandardCharsets.UTF_8));
		});
		Map<String, String> hashes = new LinkedHashMap<>();
		try (KitZip zip = KitZip.create(file)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				hashes.put(part.getKey(), KitManifest.sha256(part.getValue()));
				zip.put(part.getKey(), part.getValue());
			}
			hashes.put(DESIRED, zip.putHashed(DESIRED, out -> writeXmi(desired, out)));
			parts.put(DESIRED, null); // in the file only
			String[] configuration = configurations.join();
			KitManifest manifest = KitManifest.ofHashes(hashes, configuration[0], configuration[1]);
			byte[] manifestBytes = manifest.text().getBytes(StandardCharsets.UTF_8);
			parts.put(MANIFEST, manifestBytes);
			parts.put(SIGNATURE, KitSignature.sign(manifestBytes, center));
			zip.put(MANIFEST, manifestBytes);
			zip.put(SIGNATURE, parts.get(SIGNATURE));
			zip.commit();
			return new Kit(parts, manifest, center.publicKey(), file);
		} catch (IOException e) {
			throw new KitException(file + ": the kit cannot be written (" + e.getMessage() + ")", e);
		}
	}

	/**
	 * Reads a kit: first its signature, which must be a trusted center's over the exact manifest, then every
	 * part against the manifest. Nothing of the kit is believed before both hold.
	 */
	public static Kit read(Path file, TrustedKeys trusted) throws KitException {
		Map<String, byte[]> parts = parts(file);
		byte[] manifestBytes = parts.get(MANIFEST);
		if (manifestBytes == null) {
			throw new KitException(file + ": not a kit, or a damaged one (no " + MANIFEST + ")");
		}
		byte[] signature = parts.get(SIGNATURE);
		if (signature == null) {
			throw new KitException("unsigned kit: " + file + " carries no " + SIGNATURE
					+ "; only kits signed by a trusted solutions center are accepted");
		}
		CenterPublicKey signer = KitSignature.verify(file, signature, manifestBytes, trusted);
		KitManifest manifest = KitManifest.parse(new String(manifestBytes, StandardCharsets.UTF_8));
		manifest.verify(parts);
		return new Kit(parts, manifest, signer, file);
	}

	private static Map<String, byte[]> parts(Path file) throws KitException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				// a second entry of the same name could show one content to a zip tool and run another
				if (parts.put(e.getName(), zip.readAllBytes()) != null) {
					throw new KitException(file + ": the kit holds " + e.getName() + " twice");
				}
			}
		} catch (NoSuchFileException e) {
			throw new KitException(file + ": no such kit file", e);
		} catch (ZipException | java.io.EOFException e) {
			throw new KitException(file + ": not a kit, or a damaged one ("
					+ (e.getMessage() == null ? "the file ends inside a part" : e.getMessage()) + ")", e);
		} catch (IllegalArgumentException e) {
			// ZipInputStream's answer to an entry name that is not UTF-8
			throw new KitException(file + ": not a kit, or a damaged one (a part's name is not UTF-8 text)", e);
		} catch (IOException e) {
			throw new KitException(file + ": cannot be read (" + e.getMessage() + ")", e);
		}
		return parts;
	}

	/** Refuses the kit unless the site's arrays are configured exactly as when the kit was computed. */
	public void checkFresh(Site site) throws StaleKitException {
		String actual = StorageConfiguration.of(site).sha256();
		if (!actual.equals(manifest.currentConfiguration())) {
			throw new StaleKitException(manifest.currentConfiguration(), actual);
		}
	}

	public Plan plan() throws KitException {
		return PlanJson.read(text(PLAN));
	}

	/** The desired site, read from the kit through a temporary file. */
	public Site desired() throws KitException {
		try {
			Path temp = Files.createTempFile("restripe-kit-desired", ".restripe");
			try {
				Files.write(temp, bytes(DESIRED));
				return SiteFiles.load(temp);
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException | SiteFileException e) {
			throw new KitException("the kit's desired site cannot be read: " + e.getMessage(), e);
		}
	}

	public String text(String part) throws KitException {
		return new String(bytes(part), StandardCharsets.UTF_8);
	}

	private byte[] bytes(String part) throws KitException {
		if (!parts.containsKey(part)) {
			throw new KitException("the kit has no part " + part);
		}
		byte[] bytes = parts.get(part);
		return bytes != null ? bytes : fromFile(part);
	}

	/** A part of the kit this workbench wrote, read back from its file. */
	private byte[] fromFile(String part) throws KitException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry(part);
			if (entry == null) {
				throw new KitException(file + ": the kit no longer holds " + part);
			}
			try (java.io.InputStream in = zip.getInputStream(entry)) {
				return in.readAllBytes();
			}
		} catch (IOException e) {
			throw new KitException(file + ": cannot be read (" + e.getMessage() + ")", e);
		}
	}

	public List<String> partNames() {
		return List.copyOf(parts.keySet());
	}

	public KitManifest manifest() {
		return manifest;
	}

	/** The trusted center that signed the kit, by the name this workbench knows it, and its fingerprint. */
	public CenterPublicKey signer() {
		return signer;
	}

	private static Map<String, ArrayDriver> driversByUnit(Site site, DriverRegistry drivers) {
		Map<String, ArrayDriver> byUnit = new LinkedHashMap<>();
		for (Subsystem subsystem : site.getSubsystems()) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				drivers.drivers().stream().filter(d -> d.speaksFor(unit.getCatalogModel())).findFirst()
						.ifPresent(d -> byUnit.put(unit.getId(), d));
			}
		}
		return byUnit;
	}

	/** The desired site as XMI, written from where it is: no copy, no temporary file. */
	private static void writeXmi(Site desired, java.io.OutputStream out) throws KitException {
		try {
			SiteFiles.writeXmi(desired, out);
		} catch (SiteFileException e) {
			throw new KitException("the desired site cannot be written into the kit: " + e.getMessage(), e);
		}
	}
}
