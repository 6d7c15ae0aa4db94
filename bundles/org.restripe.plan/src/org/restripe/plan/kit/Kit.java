package org.restripe.plan.kit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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

	private final Map<String, byte[]> parts;
	private final KitManifest manifest;
	private final CenterPublicKey signer;

	private Kit(Map<String, byte[]> parts, KitManifest manifest, CenterPublicKey signer) {
		this.parts = parts;
		this.manifest = manifest;
		this.signer = signer;
	}

	/**
	 * Renders the plan with the arrays' drivers, signs the kit with the center's key and writes it atomically
	 * (a temp file, then a rename).
	 */
	public static Kit write(Path file, Site current, Site desired, Plan plan, DriverRegistry drivers,
			CenterKey center) throws KitException {
		// the design's XMI is the largest part and needs nothing else of the kit: it is written and hashed
		// meanwhile (hashing it took as long as writing it, in a JVM with only the client compiler)
		CompletableFuture<HashedPart> desiredXmi = CompletableFuture.supplyAsync(() -> {
			try {
				byte[] bytes = xmi(desired);
				return new HashedPart(bytes, KitManifest.sha256(bytes));
			} catch (KitException e) {
				throw new CompletionException(e);
			}
		});
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
		String from = StorageConfiguration.of(current).sha256();
		String to = StorageConfiguration.of(desired).sha256();
		HashedPart design = joined(desiredXmi);
		parts.put(DESIRED, design.bytes());
		KitManifest manifest = KitManifest.of(parts, Map.of(DESIRED, design.sha256()), from, to);
		byte[] manifestBytes = manifest.text().getBytes(StandardCharsets.UTF_8);
		parts.put(MANIFEST, manifestBytes);
		parts.put(SIGNATURE, KitSignature.sign(manifestBytes, center));
		writeZip(file, parts);
		return new Kit(parts, manifest, center.publicKey());
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
		return new Kit(parts, manifest, signer);
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
				Files.write(temp, parts.get(DESIRED));
				return SiteFiles.load(temp);
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException | SiteFileException e) {
			throw new KitException("the kit's desired site cannot be read: " + e.getMessage(), e);
		}
	}

	public String text(String part) throws KitException {
		byte[] bytes = parts.get(part);
		if (bytes == null) {
			throw new KitException("the kit has no part " + part);
		}
		return new String(bytes, StandardCharsets.UTF_8);
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

	/** A part and its SHA-256, as the manifest lists it. */
	private record HashedPart(byte[] bytes, String sha256) {
	}

	private static HashedPart joined(CompletableFuture<HashedPart> part) throws KitException {
		try {
			return part.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof KitException) {
				throw (KitException) e.getCause();
			}
			throw e;
		}
	}

	/** The desired site as XMI, written from where it is: no copy, no temporary file. */
	private static byte[] xmi(Site desired) throws KitException {
		try {
			return SiteFiles.xmiBytes(desired);
		} catch (SiteFileException e) {
			throw new KitException("the desired site cannot be written into the kit: " + e.getMessage(), e);
		}
	}

	private static void writeZip(Path file, Map<String, byte[]> parts) throws KitException {
		Path dir = file.toAbsolutePath().getParent();
		try {
			Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
			// buffered: the deflater hands over 512 bytes at a time, a system call each; the fastest level: the
			// design's XMI is most of a large kit and deflating it hard took longer than planning (same parts)
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
					ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.setLevel(Deflater.BEST_SPEED);
				for (Map.Entry<String, byte[]> part : parts.entrySet()) {
					zip.putNextEntry(new ZipEntry(part.getKey()));
					zip.write(part.getValue());
					zip.closeEntry();
				}
			} catch (IOException e) {
				Files.deleteIfExists(temp);
				throw e;
			}
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new KitException(file + ": the kit cannot be written (" + e.getMessage() + ")", e);
		}
	}

}
