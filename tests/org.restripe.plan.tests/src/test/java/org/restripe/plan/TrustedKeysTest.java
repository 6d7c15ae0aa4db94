package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.TrustedKeys;

class TrustedKeysTest {
	@TempDir
	Path dir;
	private Path north;
	private CenterKey northKey;
	private CenterKey southKey;

	@BeforeEach
	void centers() throws KitException {
		north = dir.resolve("north");
		northKey = CenterKey.open(north, "Restripe center North", c -> "pw".toCharArray());
		southKey = CenterKey.open(dir.resolve("south"), "Restripe center South", c -> "pw".toCharArray());
	}

	private static List<String> names(TrustedKeys keys) {
		return keys.list().stream().map(CenterPublicKey::name).toList();
	}

	@Test
	void theOwnKeyIsAlwaysTrustedAndATrustedLineIsKeptForNextTime() throws Exception {
		TrustedKeys keys = TrustedKeys.open(north);
		assertEquals(List.of("Restripe center North"), names(keys));
		CenterPublicKey south = keys.trust(southKey.publicKey().line());
		assertEquals(southKey.fingerprint(), south.fingerprint());
		assertEquals(List.of("Restripe center North", "Restripe center South"), names(keys));
		keys.trust(southKey.publicKey().line());
		keys.trust(northKey.publicKey().line());
		TrustedKeys reopened = TrustedKeys.open(north);
		assertEquals(List.of("Restripe center North", "Restripe center South"), names(reopened),
				"each center once, even when trusted twice");
		assertEquals(List.of(southKey.publicKey().line()), Files.readAllLines(north.resolve("keys/trusted-keys.txt")));
	}

	@Test
	void theFingerprintOfALineIsThatOfItsCenter() throws Exception {
		assertEquals(southKey.fingerprint(), TrustedKeys.fingerprint(southKey.publicKey().line()));
	}

	@Test
	void aMalformedLineIsRefusedWithTheReason() throws Exception {
		TrustedKeys keys = TrustedKeys.open(north);
		String key = southKey.publicKey().line().split(" ")[2];
		String p256 = Base64.getEncoder().encodeToString(
				KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic().getEncoded());
		assertRefused(keys, "", "the key line is empty");
		assertRefused(keys, "ssh-ed25519 " + key + " South", "must start with 'restripe-center-key'");
		assertRefused(keys, "restripe-center-key rsa " + key + " South", "the key algorithm is 'rsa'");
		assertRefused(keys, "restripe-center-key ed25519", "holds no key");
		assertRefused(keys, "restripe-center-key ed25519 not*base64 South", "not valid base64");
		assertRefused(keys, "restripe-center-key ed25519 " + p256 + " South", "not an Ed25519 public key");
		assertRefused(keys, "restripe-center-key ed25519 " + key.substring(0, 20) + " South", "not an Ed25519 public key");
		assertRefused(keys, "restripe-center-key ed25519 " + key, "names no center");
		assertEquals(List.of("Restripe center North"), names(TrustedKeys.open(north)), "nothing refused was kept");
	}

	private static void assertRefused(TrustedKeys keys, String line, String reason) {
		KitException e = assertThrows(KitException.class, () -> keys.trust(line), line);
		assertTrue(e.getMessage().startsWith("not trusted: ") && e.getMessage().contains(reason), e.getMessage());
	}

	@Test
	void aDamagedTrustedKeysFileIsRefusedNamingTheLine() throws Exception {
		Path file = north.resolve("keys/trusted-keys.txt");
		Files.writeString(file, "# centers we take kits from\n" + southKey.publicKey().line() + "\n\nrestripe-center-key ed25519 AAAA Bad\n");
		KitException e = assertThrows(KitException.class, () -> TrustedKeys.open(north));
		assertTrue(e.getMessage().contains("trusted-keys.txt line 4: the key is not an Ed25519 public key"),
				e.getMessage());
	}
}
