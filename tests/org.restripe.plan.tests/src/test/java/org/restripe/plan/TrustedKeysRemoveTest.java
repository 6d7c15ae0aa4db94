package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.TrustedKeys;

/** A center trusted no more (the workbench's Trusted Kit Keys > Remove): out of the file, the rest kept. */
class TrustedKeysRemoveTest {
	@TempDir
	Path dir;

	@Test
	void aRemovedCenterIsGoneForGoodAndTheOthersAndCommentsStay() throws Exception {
		Path north = dir.resolve("north");
		CenterKey own = CenterKey.open(north, "Restripe center North", c -> "pw".toCharArray());
		CenterKey south = CenterKey.open(dir.resolve("south"), "Restripe center South", c -> "pw".toCharArray());
		CenterKey east = CenterKey.open(dir.resolve("east"), "Restripe center East", c -> "pw".toCharArray());
		TrustedKeys keys = TrustedKeys.open(north);
		keys.trust(south.publicKey().line());
		Files.writeString(keys.file(), "# South's key, read out by phone\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		keys.trust(east.publicKey().line());
		assertTrue(keys.remove(south.publicKey()));
		assertEquals(List.of("Restripe center North", "Restripe center East"), names(keys));
		assertEquals(List.of("Restripe center North", "Restripe center East"), names(TrustedKeys.open(north)),
				"removed in the file, not only in memory");
		assertTrue(Files.readString(keys.file(), StandardCharsets.UTF_8).contains("# South's key, read out by phone"));
		assertFalse(keys.remove(south.publicKey()), "a key not trusted is not removed twice");
		KitException refused = assertThrows(KitException.class, () -> keys.remove(own.publicKey()));
		assertEquals("this center's own key (" + own.fingerprint() + ") is always trusted", refused.getMessage());
	}

	private static List<String> names(TrustedKeys keys) {
		return keys.list().stream().map(CenterPublicKey::name).toList();
	}
}
