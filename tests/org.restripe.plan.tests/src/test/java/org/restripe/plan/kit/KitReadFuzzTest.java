package org.restripe.plan.kit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The kit reader handed any file: it reads a kit or answers with a {@link KitException} naming the problem,
 * never another exception. The second test signs whatever manifest and parts the fuzzer makes with a
 * trusted center's key, so the reading behind the signature (manifest, plan.json, the desired site) is
 * fuzzed too. A plain test run replays the inputs under
 * src/test/resources/org/restripe/plan/kit/KitReadFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class KitReadFuzzTest {
	private static Path dir;
	private static CenterKey center;
	private static TrustedKeys trusted;

	@BeforeAll
	static void openACenter() throws IOException, KitException {
		dir = Files.createTempDirectory("kit-fuzz");
		center = CenterKey.open(dir.resolve("data"), "Fuzz center", creating -> "fuzz secret".toCharArray());
		trusted = TrustedKeys.open(dir.resolve("data"));
	}

	@AfterAll
	static void clearUp() throws IOException {
		try (var files = Files.walk(dir)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	@FuzzTest(maxDuration = "1m")
	void anyFileIsReadOrRefusedWithTheReason(FuzzedDataProvider data) throws IOException {
		Path file = dir.resolve("any.kit");
		Files.write(file, data.consumeRemainingAsBytes());
		readAll(file);
	}

	@FuzzTest(maxDuration = "2m")
	void aSignedKitOfAnyPartsIsReadOrRefusedWithTheReason(FuzzedDataProvider data) throws IOException, KitException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put(Kit.PLAN, data.consumeString(2000).getBytes(StandardCharsets.UTF_8));
		parts.put(Kit.DESIRED, data.consumeBytes(2000));
		if (data.consumeBoolean()) {
			parts.put(data.consumeString(40), data.consumeBytes(100));
		}
		// mostly a well-formed manifest of these parts (else every kit stops at the manifest), now and then any text
		String manifest = data.consumeInt(0, 9) < 9
				? KitManifest.of(parts, oneLine(data.consumeString(64)), oneLine(data.consumeString(64))).text()
				: data.consumeString(500);
		byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
		Map<String, byte[]> kit = new LinkedHashMap<>(parts);
		kit.put(Kit.MANIFEST, manifestBytes);
		kit.put(Kit.SIGNATURE, KitSignature.sign(manifestBytes, center));
		Path file = dir.resolve("signed.kit");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : kit.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		} catch (IllegalArgumentException | java.util.zip.ZipException unzippable) {
			return; // a part name no zip can hold: not a kit anyone can make
		}
		readAll(file);
	}

	private static String oneLine(String text) {
		return text.replace('\n', ' ');
	}

	/** Reads the kit and, each on its own, its plan, its desired site and every part as text. */
	private static void readAll(Path file) {
		Kit kit;
		try {
			kit = Kit.read(file, trusted);
		} catch (KitException refused) {
			requireReason(refused);
			return;
		}
		try {
			kit.plan();
		} catch (KitException refused) {
			requireReason(refused);
		}
		try {
			kit.desired();
		} catch (KitException refused) {
			requireReason(refused);
		}
		for (String part : kit.partNames()) {
			try {
				kit.text(part);
			} catch (KitException refused) {
				requireReason(refused);
			}
		}
	}

	private static void requireReason(KitException refused) {
		if (refused.getMessage() == null || refused.getMessage().isBlank()) {
			throw new AssertionError("a refusal without a reason", refused);
		}
	}
}
