package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.operations.ImportKeyDialog;
import org.restripe.ui.operations.SerialPreferencePage;
import org.restripe.ui.operations.SerialPreferences;
import org.restripe.ui.operations.TrustedKeysPreferencePage;

/**
 * Restripe > Trusted Kit Keys: a key another center exported (as {@code restripe keys export} prints it) is
 * imported from its file, shown with its fingerprint before it is trusted, listed, and in the same trust store
 * as {@code restripe keys list}; Remove takes it out again. Restripe > Serial Line checks what is typed.
 */
class TrustedKitKeysPageTest {
	@TempDir
	Path dir;

	@Test
	void aKeyExportedByAnotherCenterIsImportedListedAndRemoved() throws Exception {
		CenterKey other = CenterKey.open(dir.resolve("other-center"), "Lyon solutions center", creating -> "lyon-key".toCharArray());
		Path exported = dir.resolve("lyon.pub");
		Files.writeString(exported, other.publicKey().line() + "\n", StandardCharsets.UTF_8);
		Path junk = dir.resolve("junk.pub");
		Files.writeString(junk, "restripe-center-key ed25519 nonsense\n", StandardCharsets.UTF_8);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, TrustedKeysPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> shown = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			TrustedKeysPreferencePage page = (TrustedKeysPreferencePage) dialog.getSelectedPage();
			assertFalse(page.rows().stream().anyMatch(r -> r.contains(other.fingerprint())), "not trusted before");
			bot.whenOpen(ImportKeyDialog.TITLE, s -> {
				ImportKeyDialog importing = (ImportKeyDialog) s.getData();
				importing.fileField().setText(dir.resolve("missing.pub").toString());
				assertEquals("Key file: " + dir.resolve("missing.pub") + " does not exist", importing.getErrorMessage());
				importing.fileField().setText(junk.toString());
				assertTrue(importing.getErrorMessage().startsWith("Key file: not a center key: "),
						importing.getErrorMessage());
				importing.fileField().setText(exported.toString());
				assertEquals(null, importing.getErrorMessage());
				shown.add(ShellBot.texts(s));
				ShellBot.shot(s, "import-kit-key.png");
				ShellBot.press(s, "Trust");
			});
			ShellBot.press(dialog.getShell(), "Import...");
			bot.assertNoFailures();
			assertTrue(shown.get(0).contains("Center Lyon solutions center, fingerprint " + other.fingerprint()), shown.get(0));
			assertTrue(page.rows().contains("Lyon solutions center  " + other.fingerprint()), page.rows().toString());
			assertTrue(trusted().stream().anyMatch(k -> k.sameKey(other.publicKey())), "in the keys list trust store");
			ShellBot.shot(dialog.getShell(), "trusted-kit-keys.png");
			select(page, other.fingerprint());
			bot.whenOpen(TrustedKeysPreferencePage.REMOVE_TITLE, s -> ShellBot.press(s, "Yes"));
			ShellBot.press(page.removeButton());
			bot.assertNoFailures();
			assertFalse(page.rows().stream().anyMatch(r -> r.contains(other.fingerprint())), page.rows().toString());
			assertFalse(trusted().stream().anyMatch(k -> k.sameKey(other.publicKey())), "out of the trust store");
		} finally {
			dialog.close();
		}
	}

	@Test
	void theSerialLinePageChecksThePortAndBaudAndKeepsThem() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, SerialPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			SerialPreferencePage page = (SerialPreferencePage) dialog.getSelectedPage();
			page.portField().setText("COM one");
			assertTrue(page.getErrorMessage().startsWith("Serial port: 'COM one' is neither a device path"),
					page.getErrorMessage());
			page.portField().setText("/dev/ttyUSB1");
			page.baudField().setText("12345");
			assertTrue(page.getErrorMessage().startsWith("Baud: '12345' is not a line speed"), page.getErrorMessage());
			assertFalse(page.isValid());
			page.baudField().setText("57600");
			assertEquals(null, page.getErrorMessage());
			ShellBot.press(dialog.getShell(), "Apply and Close");
			assertEquals("/dev/ttyUSB1", SerialPreferences.port());
			assertEquals(57_600, SerialPreferences.baud());
			assertEquals("/dev/ttyUSB1", org.restripe.ui.connect.LineChoice.defaults(null).modem(),
					"a new dial-up line starts on the chosen port");
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
			SerialPreferences.set(SerialPreferences.DEFAULT_PORT, SerialPreferences.DEFAULT_BAUD);
		}
	}

	private static List<CenterPublicKey> trusted() throws Exception {
		return TrustedKeys.open(RestripeUi.dataDirectory().path()).list();
	}

	private static void select(TrustedKeysPreferencePage page, String fingerprint) {
		Table table = page.table();
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(1).equals(fingerprint)) {
				table.setSelection(i);
				Event e = new Event();
				e.item = table.getItem(i);
				table.notifyListeners(SWT.Selection, e);
				return;
			}
		}
		throw new AssertionError("no row with " + fingerprint);
	}
}
