package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.connect.Secret;
import org.restripe.ui.kit.SecureStorageKeyPassword;
import org.restripe.ui.secure.MasterPasswordDialog;
import org.restripe.ui.secure.RestripeSecureStorage;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.secure.SitePasswordDialog;

/**
 * Secure storage as the workbench now has it: Restripe's own password provider asks for a master password in a
 * dialog (twice when it is chosen), once per storage and session, so values are really encrypted; a storage
 * opened without prompts is never asked. The sites' passwords come from it or from a masked dialog.
 */
class SecureStorageTest {
	@TempDir
	Path dir;

	@Test
	void aNewStorageAsksForAMasterPasswordTwiceOnceAndKeepsTheCenterKeyPasswordEncrypted() throws Exception {
		// opened as the workbench opens its own (RestripeSecureStorage), in a file of the test's
		ISecurePreferences storage = SecurePreferencesFactory.open(dir.resolve("prompting").toUri().toURL(),
				Map.of(RestripeSecureStorage.ASK_ENGINEER, Boolean.TRUE));
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(MasterPasswordDialog.TITLE, s -> {
				MasterPasswordDialog dialog = (MasterPasswordDialog) s.getData();
				assertNotNull(dialog.confirmationField(), "a new master password is typed twice");
				assertEquals("Master password: type it", dialog.getErrorMessage());
				dialog.passwordField().setText("correct horse");
				dialog.confirmationField().setText("correct hose");
				assertEquals("Confirm: the two passwords differ", dialog.getErrorMessage());
				dialog.confirmationField().setText("correct horse");
				assertNull(dialog.getErrorMessage());
				ShellBot.press(s, "OK");
			});
			// Build Kit's password of the center key, now kept in a storage that encrypts
			char[] made = new SecureStorageKeyPassword(storage).password(true);
			char[] again = new SecureStorageKeyPassword(storage).password(false);
			bot.assertNoFailures();
			assertArrayEquals(made, again);
			assertEquals(1, bot.handled(MasterPasswordDialog.TITLE), "asked once for the session");
			assertTrue(storage.node(SecureStorageKeyPassword.NODE).isEncrypted(SecureStorageKeyPassword.KEY));
			storage.node("org.restripe/sites/x/arrays/t3a").put("password", "secret", true);
			assertEquals(1, bot.handled(MasterPasswordDialog.TITLE), "not asked again");
			storage.flush();
			String file = Files.readString(dir.resolve("prompting"), StandardCharsets.ISO_8859_1);
			assertFalse(file.contains("secret") || file.contains(new String(made)), "nothing in clear:\n" + file);
		}
	}

	@Test
	void aStorageOpenedWithoutPromptsIsNeverAskedAndTheCenterKeyPasswordIsNotKeptInClear() throws Exception {
		ISecurePreferences storage = SecurePreferencesFactory.open(dir.resolve("silent").toUri().toURL(),
				Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE));
		try (ShellBot bot = new ShellBot()) {
			IOException refused = assertThrows(IOException.class, () -> new SecureStorageKeyPassword(storage).password(true));
			assertTrue(refused.getMessage().contains("would keep the center key's password in clear"), refused.getMessage());
			// a prompt would have opened inside password(): the provider runs on this (the UI) thread
			assertEquals(0, bot.handled(MasterPasswordDialog.TITLE), "no dialog");
			bot.assertNoFailures();
			assertNull(storage.node(SecureStorageKeyPassword.NODE).get(SecureStorageKeyPassword.KEY, null), "nothing kept");
		}
	}

	@Test
	void aMissingSitePasswordIsAskedMaskedAndRememberedOnlyWhenTheEngineerSaysSo() throws Exception {
		ISecurePreferences storage = SimulatedDemoSite.storage(dir);
		Secret t3a = new Secret(Secret.Kind.ARRAY_LOGIN, "t3a");
		Secret dial = new Secret(Secret.Kind.DIAL_ACCOUNT, "+1 555 0100");
		try (ShellBot bot = new ShellBot(); SecureStorageSecrets secrets = SecureStorageSecrets.forSite(storage, "demo-site")) {
			bot.whenOpen(SitePasswordDialog.TITLE, s -> {
				SitePasswordDialog dialog = (SitePasswordDialog) s.getData();
				assertTrue((dialog.passwordField().getStyle() & org.eclipse.swt.SWT.PASSWORD) != 0, "masked");
				assertEquals("Password: type the console password of array t3a", dialog.getErrorMessage());
				dialog.passwordField().setText("secret");
				ShellBot.click(dialog.rememberBox());
				ShellBot.press(s, "OK");
			});
			bot.whenOpen(SitePasswordDialog.TITLE, s -> {
				((SitePasswordDialog) s.getData()).passwordField().setText("dialme");
				ShellBot.press(s, "OK"); // not remembered
			});
			bot.whenOpen(SitePasswordDialog.TITLE, s -> ShellBot.press(s, "Cancel"));
			assertArrayEquals("secret".toCharArray(), secrets.secret(t3a));
			assertArrayEquals("dialme".toCharArray(), secrets.secret(dial));
			assertArrayEquals("dialme".toCharArray(), secrets.secret(dial), "kept for this piece of work, not asked again");
			IOException cancelled = assertThrows(IOException.class,
					() -> secrets.secret(new Secret(Secret.Kind.ARRAY_LOGIN, "t3b")));
			assertEquals("cancelled", cancelled.getMessage());
			bot.assertNoFailures();
			assertEquals(3, bot.handled(SitePasswordDialog.TITLE));
		}
		ISecurePreferences t3aNode = storage.node(SecureStorageSecrets.nodePath("demo-site", t3a));
		assertEquals("org.restripe/sites/demo-site/arrays/t3a", SecureStorageSecrets.nodePath("demo-site", t3a));
		assertTrue(t3aNode.isEncrypted(SecureStorageSecrets.KEY));
		assertEquals("secret", t3aNode.get(SecureStorageSecrets.KEY, null));
		assertNull(storage.node(SecureStorageSecrets.nodePath("demo-site", dial)).get(SecureStorageSecrets.KEY, null),
				"the dialback password was not remembered");
		try (SecureStorageSecrets later = SecureStorageSecrets.forSite(storage, "demo-site")) {
			assertArrayEquals("secret".toCharArray(), later.secret(t3a), "a remembered password is not asked again");
		}
	}
}
