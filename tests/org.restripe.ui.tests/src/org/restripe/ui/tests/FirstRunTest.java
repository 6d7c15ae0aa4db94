package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.ServiceLevel;
import org.restripe.simulator.SimulatedSite;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.ConnectDialog;
import org.restripe.ui.connect.ConnectFlow;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.connect.DiscoverJob;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.demo.DemoDesk;
import org.restripe.ui.demo.DemoPreferencePage;
import org.restripe.ui.demo.DemoPreferences;
import org.restripe.ui.demo.DemoSimulator;
import org.restripe.ui.demo.DemoStartJob;
import org.restripe.ui.demo.FirstRun;
import org.restripe.ui.secure.SitePasswordDialog;
import org.restripe.ui.session.LineState;
import org.restripe.ui.session.SessionView;
import org.restripe.ui.views.SiteFile;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Customer;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.ServiceContract;

/**
 * The first run of a new data directory, as the test workbench itself started on one: the demo customer with a
 * valid Option 3 contract at the desk, the demo site, its simulator running inside the workbench and reachable
 * through the line the demo site is configured with, and stopped when the workbench closes.
 */
class FirstRunTest {
	private static final String SITE = "demo-site";
	@TempDir
	Path dir;
	private Shell shell;

	@BeforeEach
	void theDemoHasStarted() {
		shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		try (ShellBot bot = new ShellBot()) {
			bot.dispatchUntil(() -> Job.getJobManager().find(DemoStartJob.FAMILY).length == 0
					&& DemoSimulator.running() != null, 120, "the demo's start job ran and the simulator is running");
		}
		// another test may have connected the demo site elsewhere: OK on Restripe > Demo points it back
		DemoSimulator.pointDemoSiteAtSimulator();
	}

	@Test
	void aNewDataDirectoryHasTheDemoCustomerWithAValidOption3ContractForTheDemoSite() throws Exception {
		DataDirectory data = RestripeUi.dataDirectory();
		assertTrue(Files.isRegularFile(data.sites().resolve(DataDirectory.DEMO_FILE)), "the demo site file");
		Optional<Customer> customer = new RequestDesk(RestripeUi.database()).customer(DemoDesk.CUSTOMER.id());
		assertEquals(Optional.of(new Customer("acme-freight", "Acme Freight Ltd.", "North America")), customer);
		LocalDate today = LocalDate.now();
		ServiceContract contract = new Contracts(RestripeUi.database()).forSite(SITE, null, today).orElseThrow(
				() -> new AssertionError("the demo site has a contract at the desk"));
		assertEquals("acme-freight", contract.customerId());
		assertEquals(ServiceLevel.OPTION3, contract.level());
		assertTrue(contract.validity(today).valid(), contract.validity(today).toString());
		assertEquals(today.plusYears(1).minusDays(1), contract.end(), "a year's contract from the first start");
	}

	@Test
	void theFirstRunOpensTheDemoSiteDiagramAndOffersEveryPerspective() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<String> editors = new ArrayList<>();
		for (IEditorReference editor : page.getEditorReferences()) {
			editors.add(editor.getTitle());
		}
		assertTrue(editors.contains(SITE), "the demo site's diagram is open: " + editors);
		List<String> offered = perspectiveMenuItems(page.getWorkbenchWindow().getShell());
		assertTrue(offered.contains("Design"), "Window > Perspective offers Design: " + offered);
		List<String> inOrder = List.of("Desk", "Design", "Operations", "Monitoring");
		List<String> ours = offered.stream().filter(inOrder::contains).toList();
		assertEquals(inOrder.stream().filter(ours::contains).toList(), ours, "in the order of the job: " + offered);
		assertTrue(toolItems(page.getWorkbenchWindow().getShell()).contains("Design"),
				"the perspective bar shows Design: " + toolItems(page.getWorkbenchWindow().getShell()));
	}

	/** The items of Window > Perspective as the engineer sees them when the menu opens. */
	private static List<String> perspectiveMenuItems(Shell shell) {
		MenuItem window = item(shell.getMenuBar(), "Window");
		window.getMenu().notifyListeners(SWT.Show, new Event());
		MenuItem perspective = item(window.getMenu(), "Perspective");
		perspective.getMenu().notifyListeners(SWT.Show, new Event());
		List<String> labels = new ArrayList<>();
		for (MenuItem entry : perspective.getMenu().getItems()) {
			labels.add(entry.getText().replace("&", ""));
		}
		perspective.getMenu().notifyListeners(SWT.Hide, new Event());
		window.getMenu().notifyListeners(SWT.Hide, new Event());
		return labels;
	}

	private static MenuItem item(Menu menu, String label) {
		for (MenuItem entry : menu.getItems()) {
			if (entry.getText().replace("&", "").equals(label)) {
				return entry;
			}
		}
		throw new AssertionError("no menu item " + label + " in " + java.util.Arrays.stream(menu.getItems())
				.map(MenuItem::getText).toList());
	}

	/** Text or tool tip of every tool item in the window (the perspective switcher's among them). */
	private static List<String> toolItems(Composite parent) {
		List<String> found = new ArrayList<>();
		for (Control control : parent.getChildren()) {
			if (control instanceof ToolBar bar) {
				for (ToolItem tool : bar.getItems()) {
					found.add(tool.getText().isEmpty() ? String.valueOf(tool.getToolTipText()) : tool.getText());
				}
			}
			if (control instanceof Composite inner) {
				found.addAll(toolItems(inner));
			}
		}
		return found;
	}

	@Test
	void theDemoSiteIsConfiguredToReachTheSimulatorItsLineAndItsSnmpAgent() {
		SimulatedSite simulator = DemoSimulator.running();
		assertEquals(Optional.of("dial:tcp:127.0.0.1:" + simulator.centerModemPort()), ConnectionPreferences.line(SITE));
		String targets = org.eclipse.core.runtime.Platform.getPreferencesService().getString(ConnectionPreferences.NODE,
				"snmpTargets." + SITE, null, null);
		assertNotNull(targets, "the demo site's SNMP targets are set");
		assertTrue(targets.matches("127\\.0\\.0\\.1:\\d+"), targets);
		assertTrue(simulator.endpoints().contains("snmp agent udp " + targets
				+ " (v2c community public; v3 user restripe SHA-256/AES-128)"), simulator.endpoints().toString());
		assertEquals("public", org.eclipse.core.runtime.Platform.getPreferencesService().getString(
				ConnectionPreferences.NODE, "snmpCommunity." + SITE, null, null));
	}

	@Test
	void connectOverTheConfiguredLineDiallsTheSimulatorAndFindsTheDemoArrays() throws Exception {
		SimulatedSite simulator = DemoSimulator.running();
		SiteFile siteFile = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE));
		List<String> arrays = List.copyOf(simulator.arrays().keySet());
		assertEquals(List.of("t3a", "t3b", "t3c", "t3d", "se6120"), arrays, "the demo site's Sun arrays");
		try (ShellBot bot = new ShellBot()) {
			List<String> shownLine = new ArrayList<>();
			bot.whenOpen(ConnectDialog.TITLE, s -> {
				ConnectDialog dialog = (ConnectDialog) s.getData();
				assertTrue(dialog.linePanel().wayButton(Way.DIAL).getSelection(), "the dialback line is chosen");
				shownLine.add(dialog.linePanel().modemField().getText());
				ShellBot.press(s, "Connect");
			});
			// the passwords as a new user types them from the README: the simulator's own, the dialback account's
			// before the call, then each array's console password as the call reaches it
			List<String> asked = new ArrayList<>();
			for (int i = 0; i <= arrays.size(); i++) {
				bot.whenOpen(SitePasswordDialog.TITLE, s -> {
					SitePasswordDialog dialog = (SitePasswordDialog) s.getData();
					asked.add(dialog.getMessage());
					boolean dial = dialog.getMessage().contains("dialback password");
					dialog.passwordField().setText(dial ? DemoSimulator.DIAL_PASSWORD : DemoSimulator.ARRAY_PASSWORD);
					ShellBot.press(s, "OK");
				});
			}
			DiscoverJob job = ConnectFlow.start(shell, siteFile, SimulatedDemoSite.storage(dir), dir);
			assertNotNull(job, "the engineer connected");
			bot.dispatchUntil(() -> job.outcome() != null, 300, "the discovery over the demo line completed");
			SessionView view = (SessionView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.findView(SessionView.ID);
			assertNotNull(view, "the Session view follows the call");
			bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 30, "the Session view shows the call ended");
			bot.assertNoFailures();
			assertEquals(1 + arrays.size(), asked.size(), "the dialback and every array's password were asked: " + asked);
			assertTrue(asked.get(0).contains("dialback password"), asked.toString());
			assertEquals(List.of("tcp:127.0.0.1:" + simulator.centerModemPort()), shownLine,
					"the Connect dialog offered the simulator's center modem");
			DiscoverJob.Compared compared = assertInstanceOf(DiscoverJob.Compared.class, job.outcome(),
					String.valueOf(job.outcome()));
			List<String> log = DemoSimulator.log();
			for (String array : arrays) {
				assertTrue(compared.lines().stream().anyMatch(l -> l.startsWith(array + ": ")),
						"array " + array + " was compared: " + String.join("\n", compared.lines()));
				assertTrue(log.stream().anyMatch(l -> l.endsWith(" connected to " + array)),
						"the call reached the console of " + array + " in the simulator: " + log);
			}
			assertTrue(DemoSimulator.log().stream().anyMatch(l -> l.contains("password accepted")),
					"the call went through the simulator's dialback modem: " + DemoSimulator.log());
		}
	}

	@Test
	void theSimulatorStopsWhenTheWorkbenchCloses() throws Exception {
		SimulatedSite simulator = DemoSimulator.running();
		int modem = simulator.centerModemPort();
		int host = simulator.telnetPort();
		assertAccepts(modem);
		try {
			FirstRun.shutdown(); // what the workbench's shutdown (postShutdown) calls
			assertEquals(null, DemoSimulator.running());
			assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), modem).close(),
					"the center modem's port is closed");
			assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), host).close(),
					"the management host's port is closed");
		} finally {
			// leave the shared test workbench as it was: the demo running
			FirstRun.startDemo(RestripeUi.dataDirectory());
			try (ShellBot bot = new ShellBot()) {
				bot.dispatchUntil(() -> DemoSimulator.running() != null, 120, "the demo simulator runs again");
			}
		}
	}

	@Test
	void restripeDemoPreferencesTurnTheSimulatorOffAndOnAgain() throws Exception {
		int modem = DemoSimulator.running().centerModemPort();
		try (ShellBot bot = new ShellBot()) {
			setSimulatorBox(false);
			bot.dispatchUntil(() -> DemoSimulator.running() == null, 60, "the simulator stopped");
			assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), modem).close(),
					"the center modem's port is closed");
			assertEquals("false", org.eclipse.core.runtime.Platform.getPreferencesService()
					.getString(ConnectionPreferences.NODE, DemoPreferences.SIMULATOR, null, null), "kept as a preference");
			setSimulatorBox(true);
			bot.dispatchUntil(() -> DemoSimulator.running() != null, 120, "the simulator runs again");
			assertEquals(Optional.of(DemoSimulator.line(DemoSimulator.running())), ConnectionPreferences.line(SITE),
					"the demo site's line follows the simulator's new port");
		} finally {
			DemoPreferences.setSimulatorWanted(true);
			FirstRun.startDemo(RestripeUi.dataDirectory());
		}
	}

	/** Window > Preferences > Restripe > Demo: the box set as given, then OK. */
	private void setSimulatorBox(boolean run) {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, DemoPreferencePage.ID,
				new String[] { DemoPreferencePage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		DemoPreferencePage page = (DemoPreferencePage) dialog.getSelectedPage();
		assertEquals(!run, page.runSimulatorBox().getSelection(), "the box shows what runs now");
		assertTrue(ShellBot.texts(dialog.getShell()).contains("dialback account 'dialme'"),
				"the page names the demo's passwords: " + ShellBot.texts(dialog.getShell()));
		ShellBot.click(page.runSimulatorBox());
		ShellBot.press(dialog.getShell(), "Apply and Close");
	}

	private static void assertAccepts(int port) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			assertTrue(socket.isConnected(), "port " + port + " accepts");
		}
	}
}
