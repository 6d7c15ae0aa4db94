package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.KeyPassword;
import org.restripe.plan.kit.KitException;

class CenterKeyTest {
	@TempDir
	Path data;

	/** Stands in for the prompt: answers with a password and records whether a keystore was being made. */
	private static final class Answers implements KeyPassword {
		final List<Boolean> asked = new ArrayList<>();
		final List<char[]> handedOut = new ArrayList<>();
		private final String password;

		Answers(String password) {
			this.password = password;
		}

		@Override
		public char[] password(boolean creating) {
			asked.add(creating);
			char[] given = password.toCharArray();
			handedOut.add(given);
			return given;
		}
	}

	@Test
	void theKeystoreIsMadeOnFirstUseOwnerOnlyAndReopensWithTheSameKey() throws Exception {
		Answers first = new Answers("correct horse");
		CenterKey made = CenterKey.open(data, "Restripe center North", first);
		assertEquals(List.of(true), first.asked, "asked once, for a new keystore");
		Path keystore = CenterKey.keystoreFile(data);
		assertEquals(data.resolve("keys/center.p12"), keystore);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore.getParent())));
		assertFalse(new String(Files.readAllBytes(keystore), StandardCharsets.ISO_8859_1).contains("correct horse"),
				"the password is not in the keystore");
		assertArrayEquals(new char[first.handedOut.get(0).length], first.handedOut.get(0),
				"the password handed over is overwritten once used");

		Answers again = new Answers("correct horse");
		CenterKey reopened = CenterKey.open(data, "some other name", again);
		assertEquals(List.of(false), again.asked, "asked once, for the existing keystore");
		assertEquals(made.fingerprint(), reopened.fingerprint());
		assertEquals("Restripe center North", reopened.name(), "the key keeps the name it was made with");
		assertEquals(made.publicKey().line() + "\n", Files.readString(CenterKey.publicKeyFile(data)));
	}

	@Test
	void theExportedLineReadsBackAsTheSameKeyWithAFingerprintForPeople() throws Exception {
		CenterKey key = CenterKey.open(data, "Restripe center North", creating -> "pw".toCharArray());
		String line = key.publicKey().line();
		assertTrue(line.matches("restripe-center-key ed25519 [A-Za-z0-9+/=]+ Restripe center North"), line);
		CenterPublicKey read = CenterPublicKey.parse(line);
		assertTrue(read.sameKey(key.publicKey()));
		assertEquals("Restripe center North", read.name());
		assertTrue(key.fingerprint().matches("SHA256:[A-Za-z0-9+/]{43}"), key.fingerprint());
		assertEquals(key.fingerprint(), read.fingerprint());
	}

	@Test
	void twoCentersHaveDifferentKeys() throws Exception {
		CenterKey north = CenterKey.open(data.resolve("north"), "North", creating -> "pw".toCharArray());
		CenterKey south = CenterKey.open(data.resolve("south"), "South", creating -> "pw".toCharArray());
		assertFalse(north.publicKey().sameKey(south.publicKey()));
		assertFalse(north.fingerprint().equals(south.fingerprint()));
	}

	@Test
	void aWrongPasswordIsSaidSo() throws Exception {
		CenterKey.open(data, "North", creating -> "right".toCharArray());
		KitException e = assertThrows(KitException.class, () -> CenterKey.open(data, "North", c -> "wrong".toCharArray()));
		assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
		assertTrue(e.getMessage().contains("center.p12"), e.getMessage());
	}

	@Test
	void noPasswordIsSaidSoWithTheCallbacksReason() throws Exception {
		KitException e = assertThrows(KitException.class, () -> CenterKey.open(data, "North", creating -> {
			throw new IOException("no terminal to ask on");
		}));
		assertTrue(e.getMessage().contains("no password for the center key") && e.getMessage().contains("no terminal"),
				e.getMessage());
		assertFalse(Files.exists(CenterKey.keystoreFile(data)), "no keystore without a password");
		KitException empty = assertThrows(KitException.class, () -> CenterKey.open(data, "North", c -> new char[0]));
		assertTrue(empty.getMessage().contains("the password is empty"), empty.getMessage());
	}

	@Test
	void aDamagedKeystoreIsSaidSo() throws Exception {
		CenterKey.open(data, "North", creating -> "pw".toCharArray());
		Files.writeString(CenterKey.keystoreFile(data), "not a keystore");
		KitException e = assertThrows(KitException.class, () -> CenterKey.open(data, "North", c -> "pw".toCharArray()));
		assertTrue(e.getMessage().contains("center.p12") && e.getMessage().contains("damaged"), e.getMessage());
	}

	@Test
	void aCenterNameOnSeveralLinesIsRefused() {
		KitException e = assertThrows(KitException.class,
				() -> CenterKey.open(data, "North\nrestripe-center-key", c -> "pw".toCharArray()));
		assertTrue(e.getMessage().contains("control character"), e.getMessage());
		assertTrue(CenterKey.defaultName().startsWith("Restripe center "), CenterKey.defaultName());
	}
}
