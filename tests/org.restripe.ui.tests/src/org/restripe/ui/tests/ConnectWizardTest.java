package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.ConnectDialog;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.connect.DiscoverJob;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.connect.LinePanel;
import org.restripe.ui.connect.SiteChoice;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.session.LineState;
import org.restripe.ui.session.SessionView;
import org.restripe.ui.wizards.ConnectLinkPage;
import org.restripe.ui.wizards.ConnectSitePage;
import org.restripe.ui.wizards.ConnectWizard;
import org.restripe.ui.wizards.DialbackLine;

/**
 * Site > Connect... as the Connect wizard: the site, then the link, each field checked as it is typed with a
 * message naming it, Finish enabled only when the link is whole; a LAN link to the simulated demo site's
 * terminal server runs the discovery.
 */
class ConnectWizardTest {
	@TempDir
	Path dir;
	private IWorkbenchPage page;
	private Shell shell;

	@BeforeEach
	void workbench() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		shell = page.getWorkbenchWindow().getShell();
	}

	private WizardDialog open(ConnectWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private ConnectWizard wizard(ISecurePreferences storage) {
		return new ConnectWizard(SiteChoice.sites(RestripeUi.dataDirectory().sites()), null, storage, dir);
	}

	private static Button finish(WizardDialog dialog) {
		return button(dialog.getShell(), "Finish");
	}

	private static Button button(Control control, String label) {
		if (control instanceof Button b && label.equals(b.getText().replace("&", ""))) {
			return b;
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				Button found = button(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<Text> passwordFields(Control control, List<Text> found) {
		if (control instanceof Text t && (t.getStyle() & SWT.PASSWORD) != 0) {
			found.add(t);
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				passwordFields(child, found);
			}
		}
		return found;
	}

	@Test
	void eachFieldIsCheckedAsItIsTypedAndFinishWaitsForAWholeLink() throws Exception {
		ConnectWizard wizard = wizard(SimulatedDemoSite.storage(dir));
		WizardDialog dialog = open(wizard);
		try {
			ConnectSitePage sites = wizard.sitePage();
			sites.siteTable().deselectAll();
			sites.choose("demo-site");
			assertNull(sites.getErrorMessage());
			assertEquals("demo-site", sites.siteTable().getItem(sites.siteTable().getSelectionIndex()).getText(0));
			assertEquals("+1 555 0100", sites.siteTable().getItem(sites.siteTable().getSelectionIndex()).getText(1),
					"the site's dialback modem is shown beside it");
			ShellBot.shot(dialog.getShell(), "connect-wizard-site.png");
			ShellBot.press(dialog.getShell(), "Next >");
			ConnectLinkPage link = wizard.linkPage();
			assertEquals(link, dialog.getCurrentPage());
			LinePanel line = link.linePanel();

			ShellBot.click(line.wayButton(Way.DIAL));
			line.modemField().setText("COM1");
			assertEquals("Modem: 'COM1' is neither a device path (/dev/...) nor tcp:HOST:PORT", link.getErrorMessage());
			line.modemField().setText("/dev/ttyS0");
			link.numberField().setText("1-800-RESTRIPE");
			assertEquals("Dial number: '1-800-RESTRIPE' holds letters; a modem dials only digits, spaces and + ( ) - . , * #",
					link.getErrorMessage());
			assertFalse(finish(dialog).isEnabled(), "no Finish with a number a modem cannot dial");
			link.numberField().setText("+1 555 0100");
			link.accountField().setText("");
			assertEquals("Dialback account: give the account at the site's modem whose password it asks",
					link.getErrorMessage());
			assertFalse(finish(dialog).isEnabled(), "no Finish without the account");
			link.accountField().setText("restripe");
			assertNull(link.getErrorMessage());
			assertTrue(finish(dialog).isEnabled(), "a whole dialback link may be finished");
			assertTrue(passwordFields(dialog.getShell(), new ArrayList<>()).isEmpty(), "the password is no field here");
			ShellBot.shot(dialog.getShell(), "connect-wizard-dialback.png");

			ShellBot.click(line.wayButton(Way.TELNET));
			assertFalse(link.numberField().isEnabled(), "the dial fields rest while the link is a LAN one");
			line.telnetHostField().setText("mgmt-host");
			line.telnetPortField().setText("99999");
			assertEquals("Port: '99999' is not a TCP port (1-65535)", link.getErrorMessage());
			assertFalse(finish(dialog).isEnabled());
			line.telnetHostField().setText("");
			assertEquals("Host: give the management host's name or address", link.getErrorMessage());
			line.telnetHostField().setText("mgmt-host");
			line.telnetPortField().setText("23");
			assertNull(link.getErrorMessage());
			assertTrue(finish(dialog).isEnabled());
			ShellBot.shot(dialog.getShell(), "connect-wizard-lan.png");

			ShellBot.click(line.wayButton(Way.PORTS));
			line.portsHostField().setText("ser2net-host");
			line.consolePortsField().setText("t3a=7001,t3b=70000");
			assertEquals("Console ports (t3b): '70000' is not a TCP port (1-65535)", link.getErrorMessage());
			line.consolePortsField().setText("t3a=7001,t3b=7002");
			assertNull(link.getErrorMessage());
			assertTrue(finish(dialog).isEnabled());
			ShellBot.shot(dialog.getShell(), "connect-wizard-ports.png");
		} finally {
			dialog.close();
		}
	}

	@Test
	void aLanLinkToTheSimulatedSiteReachesDiscoveryAndIsRememberedForTheSite() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			ISecurePreferences storage = SimulatedDemoSite.storage(dir);
			site.remember(storage, site.arrayNames());
			ConnectWizard wizard = wizard(storage);
			WizardDialog dialog = open(wizard);
			ShellBot.press(dialog.getShell(), "Next >");
			LinePanel line = wizard.linkPage().linePanel();
			ShellBot.click(line.wayButton(Way.TELNET));
			line.telnetHostField().setText("127.0.0.1");
			line.telnetPortField().setText(Integer.toString(site.simulator.telnetPort()));
			assertNull(wizard.linkPage().getErrorMessage());
			ShellBot.press(dialog.getShell(), "Finish");
			assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closed the wizard");
			DiscoverJob job = wizard.job();
			assertNotNull(job, "Finish started the discovery");
			bot.dispatchUntil(() -> job.outcome() != null, 180, "the discovery job completed");
			DiscoverJob.Compared compared = assertInstanceOf(DiscoverJob.Compared.class, job.outcome(),
					String.valueOf(job.outcome()));
			assertTrue(compared.same(), String.join("\n", compared.lines()));
			SessionView view = (SessionView) page.findView(SessionView.ID);
			assertNotNull(view, "the Session view shows the session");
			bot.dispatchUntil(() -> job.getResult() != null && view.lineState() == LineState.ENDED, 30,
					"the Session view shows the session ended");
			for (String array : site.arrayNames()) {
				assertTrue(view.comparisonText().contains(array + ": as in the site file"), view.comparisonText());
			}
			assertEquals(Optional.of("telnet:127.0.0.1:" + site.simulator.telnetPort()),
					ConnectionPreferences.line(site.siteName()), "the link is remembered for the site (line.SITE)");
			bot.assertNoFailures();
		}
	}

	@Test
	void aDialbackLinkCallsTheSiteWithTheAccountsPasswordFromSecureStorageAndIsRemembered() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			ISecurePreferences storage = SimulatedDemoSite.storage(dir);
			site.remember(storage, site.arrayNames());
			DialbackLine account = new DialbackLine("+1 555 0100", "restripe");
			storage.node(SecureStorageSecrets.nodePath(site.siteName(), account.secret()))
					.put(SecureStorageSecrets.KEY, "dialme", true);
			String centerModem = "tcp:127.0.0.1:" + site.simulator.centerModemPort();
			ConnectWizard wizard = wizard(storage);
			WizardDialog dialog = open(wizard);
			ShellBot.press(dialog.getShell(), "Next >");
			ConnectLinkPage link = wizard.linkPage();
			ShellBot.click(link.linePanel().wayButton(Way.DIAL));
			link.linePanel().modemField().setText(centerModem);
			link.numberField().setText("+1 555 0100");
			link.accountField().setText("restripe");
			assertNull(link.getErrorMessage());
			ShellBot.press(dialog.getShell(), "Finish");
			DiscoverJob job = wizard.job();
			assertNotNull(job, "Finish started the discovery");
			bot.dispatchUntil(() -> job.outcome() != null, 300, "the discovery job completed");
			// the session over in the view too, so no late event of it reaches the next test's session
			SessionView view = (SessionView) page.findView(SessionView.ID);
			bot.dispatchUntil(() -> job.getResult() != null && view.lineState() == LineState.ENDED, 30,
					"the Session view shows the session ended");
			bot.assertNoFailures();
			DiscoverJob.Compared compared = assertInstanceOf(DiscoverJob.Compared.class, job.outcome(),
					String.valueOf(job.outcome()));
			assertTrue(compared.same(), String.join("\n", compared.lines()));
			assertEquals(Optional.of("dial:" + centerModem), ConnectionPreferences.line(site.siteName()));
			assertEquals(account, DialbackLine.remembered(site.siteName(), null), "number and account remembered");
			assertFalse(String.join("\n", Files.readAllLines(job.recordingFile(), StandardCharsets.UTF_8))
					.contains("dialme"), "the dialback password is not recorded");
			assertFalse(Files.readString(preferenceFile()).contains("dialme"), "nor in the preferences");
		}
	}

	/** The workbench's instance preferences of org.restripe.ui, as they are on disk. */
	private static Path preferenceFile() throws Exception {
		Path file = Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI())
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.restripe.ui.prefs");
		assertTrue(Files.exists(file), file + " exists");
		return file;
	}

	@Test
	void siteConnectOpensTheWizardOnTheSiteAndTheDialbackAccountIsRemembered() throws Exception {
		new DialbackLine("+1 555 0100", "restripe").remember("demo-site");
		try (ShellBot bot = new ShellBot()) {
			List<String> seen = new ArrayList<>();
			bot.whenOpen(ConnectDialog.TITLE, s -> {
				WizardDialog dialog = assertInstanceOf(WizardDialog.class, s.getData(), "Site > Connect... is a wizard");
				ConnectSitePage sites = assertInstanceOf(ConnectSitePage.class, dialog.getCurrentPage());
				assertNull(sites.getErrorMessage());
				ShellBot.press(s, "Next >");
				ConnectLinkPage link = (ConnectLinkPage) dialog.getCurrentPage();
				seen.add(link.accountField().getText());
				ShellBot.press(s, "Cancel");
			});
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.restripe.ui.commands.connect",
					null);
			bot.assertNoFailures();
			assertEquals(List.of("restripe"), seen, "the account last used at the site is offered again");
		}
	}
}
