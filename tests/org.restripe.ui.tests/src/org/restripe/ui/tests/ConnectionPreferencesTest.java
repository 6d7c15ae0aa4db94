package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restripe.ui.connect.ConnectionPreferencePage;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.views.SiteFile;

/** Restripe > Connection: every field checked as typed, naming the field; OK keeps the settings. */
class ConnectionPreferencesTest {

	@AfterEach
	void defaults() {
		ConnectionPreferences.setNumber(ConnectionPreferences.REPLY_TIMEOUT, ConnectionPreferences.DEFAULT_REPLY_SECONDS);
		ConnectionPreferences.setNumber(ConnectionPreferences.INACTIVITY, ConnectionPreferences.DEFAULT_INACTIVITY_MINUTES);
		ConnectionPreferences.setNumber(ConnectionPreferences.COMMIT_CONFIRM, ConnectionPreferences.DEFAULT_COMMIT_MINUTES);
		ConnectionPreferences.setLine("demo-site", null);
	}

	@Test
	void theDefaultsAreTenMinutesAndBadInputIsExplainedBeforeOkKeepsTheSettings() throws Exception {
		assertEquals(Duration.ofMinutes(10), ConnectionPreferences.inactivity());
		assertEquals(Duration.ofMinutes(10), ConnectionPreferences.commitConfirm());
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), ConnectionPreferencePage.ID,
				new String[] { ConnectionPreferencePage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			ConnectionPreferencePage page = (ConnectionPreferencePage) dialog.getSelectedPage();
			assertTrue(page.isValid());
			page.replyField().setText("sixty");
			assertEquals("Reply timeout: 'sixty' is not a whole number of seconds (1-3600)", page.getErrorMessage());
			assertFalse(page.isValid());
			page.replyField().setText("45");
			page.commitField().setText("0");
			assertEquals("Commit-confirm timeout: '0' is not a whole number of minutes (1-1440)", page.getErrorMessage());
			page.commitField().setText("15");
			SiteFile demo = page.sites().stream().filter(s -> s.siteName().equals("demo-site")).findFirst().orElseThrow();
			page.edit(demo);
			page.lineField().setText("telnet:storemgr");
			assertEquals("Line of demo-site: 'telnet:storemgr' must read telnet:HOST:PORT", page.getErrorMessage());
			page.lineField().setText("telnet:storemgr:2323");
			assertNull(page.getErrorMessage());
			assertTrue(page.isValid());
			ShellBot.shot(dialog.getShell(), "connection-preferences.png");
			ShellBot.press(dialog.getShell(), "Apply and Close");
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		assertEquals(Duration.ofSeconds(45), ConnectionPreferences.replyTimeout());
		assertEquals(Duration.ofMinutes(15), ConnectionPreferences.commitConfirm());
		assertEquals(Optional.of("telnet:storemgr:2323"), ConnectionPreferences.line("demo-site"));
	}
}
