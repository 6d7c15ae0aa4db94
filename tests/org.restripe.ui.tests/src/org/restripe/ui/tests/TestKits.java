package org.restripe.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.CacheMode;
import org.restripe.model.ReconRate;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.plan.PlanProof;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;
import org.restripe.ui.kit.DriverServices;

/** Kits for the demo site, signed by a center key in the test's own data directory. */
final class TestKits {
	static final String KEY_PASSWORD = "center-key-password";

	private TestKits() {
	}

	/** Online changes only (no backup or site visit to confirm): se6120 and t3a write-through, and more. */
	static Site onlineChange(Site current) {
		Site desired = EcoreUtil.copy(current);
		StorageUnit se6120 = unit(desired, "se6120");
		se6120.getCache().setCacheMode(CacheMode.WRITETHROUGH);
		se6120.getCache().setReadAhead(false);
		se6120.getCache().setReconRate(ReconRate.HIGH);
		unit(desired, "t3a").getCache().setCacheMode(CacheMode.WRITETHROUGH);
		return desired;
	}

	/**
	 * A copy of the site, the customer's: the same storage configuration (a kit from it is fresh for the site
	 * file) in a kit of its own (a kit is named by its content, and the desk files each kit under one request).
	 */
	static Site forCustomer(Site site, String customer) {
		Site copy = EcoreUtil.copy(site);
		copy.setCustomer(customer);
		return copy;
	}

	static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}

	/** Plans, proves, renders and signs the change into {@code file}; the data directory then trusts its key. */
	static CenterKey write(Path file, Site current, Site desired, Path dataDirectory) throws Exception {
		CenterKey center = CenterKey.open(dataDirectory, creating -> KEY_PASSWORD.toCharArray());
		try (DriverServices drivers = DriverServices.open()) {
			Kit.write(file, current, desired, PlanProof.provenPlan(current, desired), drivers.registry(), center);
		}
		return center;
	}

	/** The kit with one part's text changed after it was signed, as a tamperer would. */
	static void alter(Path kit, String part, String from, String to) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(kit))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				parts.put(e.getName(), in.readAllBytes());
			}
		}
		String text = new String(parts.get(part), StandardCharsets.UTF_8);
		if (!text.contains(from)) {
			throw new IllegalStateException(part + " has no '" + from + "':\n" + text);
		}
		parts.put(part, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(kit))) {
			for (Map.Entry<String, byte[]> e : parts.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
	}
}
