package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.ui.RestripeUi;
import org.restripe.store.RestripeDatabase;
import org.restripe.ui.database.DatabaseKind;
import org.restripe.ui.database.DatabasePasswordDialog;
import org.restripe.ui.database.DatabasePasswords;
import org.restripe.ui.database.DatabasePreferencePage;
import org.restripe.ui.database.DatabaseSettings;
import org.restripe.ui.database.WorkbenchLogin;

/**
 * Restripe > Database against a real Derby Network Server that demands a login: Test Connection fails with a
 * wrong password and succeeds with the right one, OK keeps the choice, and the password is then only in secure
 * storage, encrypted: in no file of the workspace's .metadata, the configuration area or the log.
 */
class DatabasePreferencesTest {
	private static final String USER = "desk";
	private static final String PASSWORD = "Kestrel-7731-deskpw";

	@TempDir
	Path dir;

	@AfterEach
	void embeddedAgain() throws Exception {
		DatabaseSettings.embedded().save();
		DatabaseSettings.setDataDirectory("");
	}

	@Test
	void testConnectionLogsInToTheServerAndThePasswordIsKeptOnlyInSecureStorage() throws Exception {
		ISecurePreferences storage = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(),
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()),
						IProviderHints.PROMPT_USER, Boolean.FALSE));
		Path nextData = dir.resolve("next-data");
		String url;
		try (DerbyServerProcess server = DerbyServerProcess.start(dir.resolve("server"), USER, PASSWORD)) {
			url = server.url("deskdb;create=true");
			DatabasePreferencePage page = new DatabasePreferencePage(() -> storage);
			PreferenceDialog dialog = open(page);
			try (ShellBot bot = new ShellBot()) {
				Shell shell = dialog.getShell();
				assertTrue(page.kindButton(DatabaseKind.EMBEDDED).getSelection(), "embedded by default");
				assertFalse(page.testButton().isEnabled(), "nothing to test for the embedded database");
				RealInput.click(page.kindButton(DatabaseKind.DERBY_NETWORK));
				assertEquals("URL: type the database's URL, jdbc:derby://HOST:PORT/NAME", page.getErrorMessage());
				RealInput.type(page.urlField(), "jdbc:derby://127.0.0.1/deskdb;password=" + PASSWORD);
				assertEquals("URL: leave the password out of the URL; type it under Password (kept in secure storage)",
						page.getErrorMessage());
				RealInput.type(page.urlField(), "jdbc:postgresql://127.0.0.1/deskdb");
				assertTrue(page.getErrorMessage().startsWith("URL: 'jdbc:postgresql://127.0.0.1/deskdb' must read jdbc:derby://"),
						page.getErrorMessage());
				RealInput.type(page.urlField(), url);
				RealInput.type(page.userField(), USER);
				RealInput.type(page.passwordField(), "not-the-password");
				ShellBot.press(shell, "Test Connection");
				bot.dispatchUntil(() -> page.testResult().startsWith("Not connected"), 120, "a wrong password is refused");
				assertTrue(page.testResult().contains("authentication"), page.testResult());
				RealInput.type(page.passwordField(), PASSWORD);
				ShellBot.press(shell, "Test Connection");
				bot.dispatchUntil(() -> page.testResult().startsWith("Connected"), 120, "logged in: " + page.testResult());
				assertTrue(page.testResult().matches("Connected to jdbc:derby://127\\.0\\.0\\.1:\\d+/deskdb as desk:"
						+ " schema version \\d+\\."), page.testResult());
				RealInput.type(page.dataDirectoryField(), nextData.toString());
				ShellBot.shot(shell, "database-preferences.png");
				ShellBot.press(shell, "Apply and Close");
				bot.assertNoFailures();
			} finally {
				if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
					dialog.close();
				}
			}
		}
		assertEquals(new DatabaseSettings(DatabaseKind.DERBY_NETWORK, url, USER), DatabaseSettings.load());
		assertEquals(Optional.of(nextData), DatabaseSettings.configuredDataDirectory());
		assertEquals(PASSWORD, new String(new DatabasePasswords(storage).get(url, USER)), "kept in secure storage");
		storage.flush();
		assertFalse(read(dir.resolve("secure_storage")).contains(PASSWORD), "encrypted in secure storage");

		Path metadata = RestripeUi.dataDirectory().path().resolve(".metadata");
		Path configuration = Path.of(Platform.getConfigurationLocation().getURL().getPath());
		List<Path> files = new ArrayList<>(files(metadata));
		files.addAll(files(configuration));
		files.add(Path.of(Platform.getLogFileLocation().toOSString()));
		assertTrue(files.stream().anyMatch(f -> f.endsWith("org.restripe.ui.prefs") && read(f).contains("database.url")),
				"the preference files are among those searched: " + files.size() + " files");
		for (Path file : files) {
			assertFalse(read(file).contains(PASSWORD), "the password is in " + file);
		}
	}

	@Test
	void theWorkbenchLoginAsksForAPasswordSecureStorageLacksRemembersItAndThenAsksNoMore() throws Exception {
		ISecurePreferences storage = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(),
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()),
						IProviderHints.PROMPT_USER, Boolean.FALSE));
		try (DerbyServerProcess server = DerbyServerProcess.start(dir.resolve("server"), USER, PASSWORD);
				ShellBot bot = new ShellBot()) {
			String url = server.url("startdb;create=true");
			bot.whenOpen(DatabasePasswordDialog.TITLE, s -> {
				DatabasePasswordDialog dialog = (DatabasePasswordDialog) s.getData();
				assertEquals("Password: type the database password", dialog.getErrorMessage());
				RealInput.type(dialog.passwordField(), PASSWORD);
				RealInput.click(dialog.rememberBox());
				ShellBot.press(s, "OK");
			});
			try (RestripeDatabase first = RestripeDatabase.open(url, new WorkbenchLogin(() -> storage, url, USER))) {
				assertTrue(first.schemaVersion() > 0);
			}
			assertEquals(1, bot.handled(DatabasePasswordDialog.TITLE), "asked once");
			assertEquals(PASSWORD, new String(new DatabasePasswords(storage).get(url, USER)), "remembered");
			try (RestripeDatabase again = RestripeDatabase.open(url, new WorkbenchLogin(() -> storage, url, USER))) {
				assertTrue(again.schemaVersion() > 0);
			}
			bot.assertNoFailures();
			assertEquals(1, bot.handled(DatabasePasswordDialog.TITLE), "the remembered password is used, not asked");
		}
	}

	private static PreferenceDialog open(DatabasePreferencePage page) {
		PreferenceManager manager = new PreferenceManager();
		manager.addToRoot(new PreferenceNode(DatabasePreferencePage.ID, page));
		PreferenceDialog dialog = new PreferenceDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				manager);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTestSupport.flush(dialog.getShell().getDisplay());
		return dialog;
	}

	private static List<Path> files(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1) : "";
		} catch (IOException e) {
			return ""; // a file that went away while searched (a lock) holds nothing
		}
	}
}
