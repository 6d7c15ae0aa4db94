package org.restripe.plan.kit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kit files that once made the reader throw something other than a {@link KitException}, or give a reason
 * that said nothing: a zip whose entry name is not UTF-8 (an IllegalArgumentException out of
 * ZipInputStream), a zip cut short ("(null)"). The same files are inputs of {@link KitReadFuzzTest}.
 */
class KitReadRegressionTest {
	@TempDir
	Path dir;

	private String refusal(String input) throws IOException, KitException {
		Path file = dir.resolve(input + ".kit");
		try (InputStream in = getClass().getResourceAsStream("KitReadFuzzTestInputs/anyFileIsReadOrRefusedWithTheReason/" + input)) {
			Files.write(file, in.readAllBytes());
		}
		CenterKey.open(dir.resolve("data"), "Center", creating -> "secret".toCharArray());
		TrustedKeys trusted = TrustedKeys.open(dir.resolve("data"));
		return assertThrows(KitException.class, () -> Kit.read(file, trusted)).getMessage();
	}

	@Test
	void aPartNameThatIsNotUtf8() throws Exception {
		String why = refusal("zip-entry-name-not-utf8");
		assertTrue(why.contains("not a kit, or a damaged one (a part's name is not UTF-8 text)"), why);
	}

	@Test
	void aZipCutShort() throws Exception {
		String why = refusal("zip-truncated");
		assertTrue(why.contains("not a kit, or a damaged one (") && !why.contains("null"), why);
	}
}
