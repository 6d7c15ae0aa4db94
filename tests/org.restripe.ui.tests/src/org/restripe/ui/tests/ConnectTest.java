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

import org.eclipse.core.commands.Command;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.connect.Secret;
import org.restripe.ui.connect.ConnectDialog;
import org.restripe.ui.connect.ConnectFlow;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.connect.DiscoverJob;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.connect.LinePanel;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.secure.SitePasswordDialog;
import org.restripe.ui.session.CastEvent;
import org.restripe.ui.session.CastReader;
import org.restripe.ui.session.LineState;
import org.restripe.ui.session.LineStateTracker;
import org.restripe.ui.session.SessionView;
import org.restripe.ui.views.SiteNavigatorView;

/**
 * Connect... as an engineer uses it on the demo site played by the simulator: the connection dialog checks its
 * fields, discovery runs as a job over telnet to the management host, the Session view follows the consoles
 * live and shows every array as in the site file; a password not yet stored is asked and remembered encrypted.
 */
class ConnectTest {
	@TempDir
	Path dir;
	private IWorkbenchPage page;
	private Shell shell;

	@BeforeEach
	void workbench() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		shell = page.getWorkbenchWindow().getShell();
	}

	/** Fills the dialog as the engineer would: telnet, a wrong port first, then the simulator's. */
	private static void telnetTo(SimulatedDemoSite site, Shell dialogShell) {
		ConnectDialog dialog = (ConnectDialog) dialogShell.getData();
		LinePanel line = dialog.linePanel();
		ShellBot.click(line.wayButton(Way.TELNET));
		line.telnetHostField().setText("127.0.0.1");
		line.telnetPortField().setText("99999");
		assertEquals("Port: '99999' is not a TCP port (1-65535)", dialog.getErrorMessage());
		line.telnetHostField().setText("");
		assertEquals("Host: give the management host's name or address", dialog.getErrorMessage());
		line.telnetHostField().setText("127.0.0.1");
		line.telnetPortField().setText(Integer.toString(site.simulator.telnetPort()));
		assertNull(dialog.getErrorMessage());
		ShellBot.shot(dialogShell, "connect-dialog.png");
		ShellBot.press(dialogShell, "Connect");
	}

	@Test
	void discoveryOverTelnetShowsTheConsolesLiveAndEveryArrayAsInTheSiteFile() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			ISecurePreferences storage = SimulatedDemoSite.storage(dir);
			List<String> arrays = site.arrayNames();
			String asked = arrays.get(arrays.size() - 1);
			site.remember(storage, arrays.subList(0, arrays.size() - 1));
			bot.whenOpen(ConnectDialog.TITLE, s -> telnetTo(site, s));
			bot.whenOpen(SitePasswordDialog.TITLE, s -> {
				SitePasswordDialog dialog = (SitePasswordDialog) s.getData();
				assertTrue(dialog.getMessage().contains("console password of array " + asked), dialog.getMessage());
				dialog.passwordField().setText(SimulatedDemoSite.ARRAY_PASSWORD);
				ShellBot.click(dialog.rememberBox());
				ShellBot.press(s, "OK");
			});
			DiscoverJob job = ConnectFlow.start(shell, site.siteFile, storage, dir);
			assertNotNull(job, "the engineer connected");
			bot.dispatchUntil(() -> job.outcome() != null, 180, "the discovery job completed");
			SessionView view = (SessionView) page.findView(SessionView.ID);
			assertNotNull(view, "the Session view was opened");
			bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 30, "the Session view shows the session ended");
			DiscoverJob.Compared compared = assertInstanceOf(DiscoverJob.Compared.class, job.outcome(),
					String.valueOf(job.outcome()));
			assertTrue(compared.same(), String.join("\n", compared.lines()));
			for (String array : arrays) {
				assertTrue(view.comparisonText().contains(array + ": as in the site file"), view.comparisonText());
			}
			// the arrays are as the site file says: the workbench keeps it as discovered, as restripe discover does
			var versions = new org.restripe.workflow.ConfigurationHistory(org.restripe.ui.RestripeUi.database())
					.versions(site.siteName());
			assertEquals(org.restripe.workflow.VersionReason.DISCOVERED, versions.get(versions.size() - 1).reason());
			assertTrue(view.comparisonText().contains("Kept as version " + versions.size() + " (discovered) of "
					+ site.siteName()), view.comparisonText());
			assertSessionShown(view, asked);
			assertFalse(view.cancelButton().getEnabled(), "nothing left to cancel");
			assertEquals(1, bot.handled(SitePasswordDialog.TITLE), "only the password not stored was asked");
			var node = storage.node(SecureStorageSecrets.nodePath(site.siteName(),
					new Secret(Secret.Kind.ARRAY_LOGIN, asked)));
			assertTrue(node.isEncrypted(SecureStorageSecrets.KEY), "remembered encrypted");
			assertEquals(SimulatedDemoSite.ARRAY_PASSWORD, node.get(SecureStorageSecrets.KEY, null));
			assertEquals(Optional.of("telnet:127.0.0.1:" + site.simulator.telnetPort()),
					ConnectionPreferences.line(site.siteName()), "the line is remembered for the site");
			assertRecording(job.recordingFile());
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			ShellBot.shot(shell, "session-after-connect.png");
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		}
	}

	@Test
	void discoveryOverADialbackLineShowsTheCallInTheSessionViewAndEveryArrayAsInTheSiteFile() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			ISecurePreferences storage = SimulatedDemoSite.storage(dir);
			List<String> arrays = site.arrayNames();
			site.remember(storage, arrays);
			String siteModem = site.siteFile.site().getModem().getNumber();
			// under the key every dialback of the workbench looks it up (the account a wizard remembered, if any)
			storage.node(SecureStorageSecrets.nodePath(site.siteName(),
					org.restripe.ui.connect.DialbackAccount.remembered(site.siteName(), siteModem).secret()))
					.put(SecureStorageSecrets.KEY, "dialme", true);
			String centerModem = "tcp:127.0.0.1:" + site.simulator.centerModemPort();
			bot.whenOpen(ConnectDialog.TITLE, s -> {
				ConnectDialog dialog = (ConnectDialog) s.getData();
				ShellBot.click(dialog.linePanel().wayButton(Way.DIAL));
				dialog.linePanel().modemField().setText(centerModem);
				assertNull(dialog.getErrorMessage());
				ShellBot.press(s, "Connect");
			});
			DiscoverJob job = ConnectFlow.start(shell, site.siteFile, storage, dir);
			assertNotNull(job, "the engineer connected");
			SessionView view = (SessionView) page.findView(SessionView.ID);
			assertNotNull(view, "the Session view was opened");
			bot.dispatchUntil(() -> job.outcome() != null, 300, "the discovery job completed");
			bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 30, "the Session view shows the session ended");
			bot.assertNoFailures();
			DiscoverJob.Compared compared = assertInstanceOf(DiscoverJob.Compared.class, job.outcome(),
					String.valueOf(job.outcome()));
			assertTrue(compared.same(), String.join("\n", compared.lines()));
			for (String array : arrays) {
				assertTrue(view.comparisonText().contains(array + ": as in the site file"), view.comparisonText());
			}
			assertInOrder(view.dialbackShown(), List.of("Dialling", "Password", "Awaiting callback", "Connected"));
			assertTrue(view.dialbackShown().stream().anyMatch(st -> st.startsWith("Awaiting callback: The site's modem "
					+ siteModem + " took the password and hung up")), "the callback wait and why: " + view.dialbackShown());
			assertTrue(view.status().contains("dialback Hung up"), view.status());
			assertEquals(Optional.of("dial:" + centerModem), ConnectionPreferences.line(site.siteName()));
			assertFalse(String.join("\n", Files.readAllLines(job.recordingFile(), StandardCharsets.UTF_8))
					.contains("dialme"), "the dialback password is not recorded");
		}
	}

	/** Each state of {@code expected} begins a status in {@code seen}, in this order, others between them allowed. */
	private static void assertInOrder(List<String> seen, List<String> expected) {
		int at = 0;
		for (String state : seen) {
			if (at < expected.size() && state.startsWith(expected.get(at) + ":")) {
				at++;
			}
		}
		assertEquals(expected.size(), at, "the dialback states " + expected + " in order, seen: " + seen);
	}

	private static void assertSessionShown(SessionView view, String lastArray) {
		String transcript = view.transcript().getText();
		assertTrue(transcript.contains("terminal server. Commands: ports, connect PORT"), transcript);
		assertTrue(transcript.contains("t3a:/:<"), "the array's prompt as it printed it:\n" + transcript);
		int typed = transcript.indexOf("vol list");
		assertTrue(typed >= 0, transcript);
		StyleRange input = view.transcript().getStyleRangeAtOffset(typed);
		assertNotNull(input, "typed input is styled");
		assertEquals(SWT.BOLD, input.fontStyle & SWT.BOLD, "typed input in bold");
		assertFalse(transcript.contains("vol listvol list"), "the array's echo is not shown a second time");
		int marker = transcript.indexOf("-- console of array t3a via");
		assertTrue(marker >= 0, transcript);
		assertEquals(SWT.ITALIC, view.transcript().getStyleRangeAtOffset(marker).fontStyle & SWT.ITALIC);
		assertFalse(transcript.contains(SimulatedDemoSite.ARRAY_PASSWORD), "no password shown");
		view.findField().setText(lastArray);
		assertTrue(view.findNext());
		assertEquals(lastArray, view.transcript().getSelectionText());
		view.findField().setText("no such text");
		assertFalse(view.findNext());
		assertEquals("'no such text' is not in this session", view.findStatus());
		view.findField().setText("");
	}

	private static void assertRecording(Path recording) throws Exception {
		List<String> lines = Files.readAllLines(recording, StandardCharsets.UTF_8);
		assertFalse(String.join("\n", lines).contains(SimulatedDemoSite.ARRAY_PASSWORD), "no password recorded");
		LineStateTracker tracker = new LineStateTracker();
		List<LineState> states = new ArrayList<>();
		for (String line : lines) {
			Optional<CastEvent> event = CastReader.event(line);
			if (event.isPresent() && tracker.take(event.get())) {
				states.add(tracker.state());
			}
		}
		assertEquals(List.of(LineState.CONNECTING, LineState.CONNECTED), states, "the line as the view followed it");
	}

	@Test
	void theSessionViewCancelsTheDiscoveryBetweenTwoArrays() throws Exception {
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			ISecurePreferences storage = SimulatedDemoSite.storage(dir);
			List<String> arrays = site.arrayNames();
			site.remember(storage, arrays.subList(0, 1)); // the second array's password is asked
			bot.whenOpen(ConnectDialog.TITLE, s -> telnetTo(site, s));
			bot.whenOpen(SitePasswordDialog.TITLE, s -> {
				// while the job waits for this password, the engineer cancels the session, then answers
				SessionView view = (SessionView) page.findView(SessionView.ID);
				assertTrue(view.cancelButton().getEnabled(), "the running session can be cancelled");
				ShellBot.press(view.cancelButton());
				SitePasswordDialog dialog = (SitePasswordDialog) s.getData();
				dialog.passwordField().setText(SimulatedDemoSite.ARRAY_PASSWORD);
				ShellBot.press(s, "OK");
			});
			DiscoverJob job = ConnectFlow.start(shell, site.siteFile, storage, dir);
			assertNotNull(job);
			bot.dispatchUntil(() -> job.outcome() != null, 180, "the discovery job ended");
			assertInstanceOf(DiscoverJob.Cancelled.class, job.outcome(), String.valueOf(job.outcome()));
			SessionView view = (SessionView) page.findView(SessionView.ID);
			bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 30, "the Session view shows the session ended");
			assertEquals("discovery cancelled", view.lineDetail());
			assertFalse(view.transcript().getText().contains("-- console of array " + arrays.get(2) + " via"),
					"no array after the cancel was reached:\n" + view.transcript().getText());
		}
	}

	@Test
	void connectOnTheSelectedSiteOpensTheConnectionDialogForIt() throws Exception {
		SiteNavigatorView navigator = (SiteNavigatorView) page.showView(SiteNavigatorView.ID);
		Object demo = navigator.viewer().getTree().getItem(0).getData();
		navigator.viewer().setSelection(new StructuredSelection(demo), true);
		page.activate(navigator);
		Command connect = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("org.restripe.ui.commands.connect");
		assertTrue(connect.isDefined() && connect.isEnabled(), "Connect... is offered");
		try (ShellBot bot = new ShellBot()) {
			List<String> seen = new ArrayList<>();
			bot.whenOpen(ConnectDialog.TITLE, s -> {
				seen.add(ShellBot.texts(s));
				ShellBot.press(s, "Cancel");
			});
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.restripe.ui.commands.connect",
					null);
			bot.assertNoFailures();
			assertEquals(1, bot.handled(ConnectDialog.TITLE), "the connection dialog opened");
			assertTrue(seen.get(0).contains("+1 555 0100"), "it shows the demo site's modem number: " + seen);
		}
	}
}
