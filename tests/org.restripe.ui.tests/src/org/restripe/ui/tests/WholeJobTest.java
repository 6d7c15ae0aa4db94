package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Lun;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.persist.SiteFiles;
import org.restripe.connect.run.RunResult;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.DiscoverJob;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.connect.SiteChoice;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.desk.DeskPerspective;
import org.restripe.ui.desk.RequestHistoryView;
import org.restripe.ui.desk.RequestsView;
import org.restripe.ui.desk.WhyDialog;
import org.restripe.ui.diagram.properties.TabSection;
import org.restripe.ui.kit.SecureStorageKeyPassword;
import org.restripe.ui.run.CommitConfirmDialog;
import org.restripe.ui.run.KitChoiceDialog;
import org.restripe.ui.run.RunKitDialog;
import org.restripe.ui.run.RunKitFlow;
import org.restripe.ui.run.RunKitJob;
import org.restripe.ui.run.StepConfirmDialog;
import org.restripe.ui.secure.SitePasswordDialog;
import org.restripe.ui.session.LineState;
import org.restripe.ui.session.SessionView;
import org.restripe.ui.views.SiteFile;
import org.restripe.ui.views.SiteNavigatorView;
import org.restripe.ui.wizards.BuildKitWizard;
import org.restripe.ui.wizards.ConnectLinkPage;
import org.restripe.ui.wizards.ConnectWizard;
import org.restripe.ui.wizards.ContractFields;
import org.restripe.ui.wizards.NewClientPage;
import org.restripe.ui.wizards.NewRequestWizard;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestState;
import org.restripe.workflow.ServiceContract;

/**
 * The whole job of a solutions-center engineer, in one workbench, typed and clicked as a person does: a new
 * client's request with an Option 3 contract, the demo site opened from the Sites view and a new
 * configuration designed in its Properties (t3a's v0 rebuilt as RAID 1, its LUN sized to match), the kit built
 * for the request, the site called by dialback (the simulator plays the telephone line and the arrays), the
 * kit run with its backup confirmation and commit-confirm answered, the arrays verified; then in the Desk the
 * request is verified, its history shows each step, and closing it counts the reconfiguration on the contract.
 * The demo site is copied under a name of this run's customer, whose site it becomes.
 */
class WholeJobTest {
	private static final String DIALBACK_PASSWORD = "dialme";
	private static final String NUMBER = "+1 555 0100";
	private static final String ACCOUNT = "restripe";

	@TempDir
	Path dir;
	private IWorkbenchPage page;
	private Shell window;
	private String customer;
	private String siteName;
	private Path siteFile;
	private final List<String> passwordsAsked = new ArrayList<>();

	@BeforeEach
	void workbench() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		window = page.getWorkbenchWindow().getShell();
		DeskFixture.serveRegion();
		String tag = DeskFixture.unique("acme");
		customer = "acme-freight-" + tag.substring(tag.indexOf('-') + 1);
		siteName = customer + "-site";
		// the demo site, the new customer's: same arrays, a file (and so a site name) of this run
		Site demo = new SiteFile(RestripeUi.dataDirectory().sites().resolve(
				org.restripe.ui.DataDirectory.DEMO_FILE)).site();
		Site copy = TestKits.forCustomer(demo, "Acme Freight " + tag);
		siteFile = RestripeUi.dataDirectory().sites().resolve(siteName + SiteFile.EXTENSION);
		SiteFiles.save(copy, siteFile);
	}

	@AfterEach
	void tidy() throws Exception {
		page.closeAllEditors(false);
		String base = siteFile.getFileName().toString().replace(SiteFile.EXTENSION, "");
		for (String name : List.of(base + SiteFile.EXTENSION, base + ".desired.restripe", base + ".kit")) {
			Files.deleteIfExists(siteFile.resolveSibling(name));
		}
		if (page.findView(SiteNavigatorView.ID) instanceof SiteNavigatorView navigator) {
			navigator.refresh();
		}
	}

	@Test
	void aNewClientsRequestIsDesignedBuiltRunOverDialbackVerifiedAndClosedOnItsContract() throws Exception {
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		ISecurePreferences storage = SimulatedDemoSite.storage(dir);
		try (SimulatedDemoSite site = new SimulatedDemoSite(siteFile); ShellBot bot = new ShellBot()) {
			site.remember(storage, site.arrayNames()); // the console passwords from an earlier session
			bot.whenOpen(SitePasswordDialog.TITLE, this::typeTheDialbackPassword);

			Request request = newClientsRequest(bot);
			RequestsView requests = showInTheQueue(bot, request);
			selectRow(requests, request);

			SiteDesign design = designRaid1OnT3a(bot);
			Path kit = buildKit(bot, design, request, data, storage);
			assertEquals(RequestState.IMPLEMENTATION_BUILT, state(request));

			connectByDialback(bot, site, storage);
			runKit(bot, site, kit, data, storage, request);
			assertEquals(1, passwordsAsked.size(), "asked once, at Connect, and found again by Run Kit: " + passwordsAsked);
			assertTrue(passwordsAsked.get(0).contains("dialback password for account " + ACCOUNT + " at " + NUMBER),
					passwordsAsked.get(0));
			shoot("operations", "org.restripe.ui.perspective.operations");

			verifiedInTheDesk(bot, request);
			closeOnTheContract(bot, request);
			shoot("desk", DeskPerspective.ID);
			if (PlatformUI.getWorkbench().getPerspectiveRegistry()
					.findPerspectiveWithId("org.restripe.ui.perspective.monitoring") != null) {
				shoot("monitoring", "org.restripe.ui.perspective.monitoring");
			}
			bot.assertNoFailures();
		}
	}

	/** File > New Request...: a new client, its site, an Option 3 contract for this year. */
	private Request newClientsRequest(ShellBot bot) throws Exception {
		perspective(DeskPerspective.ID);
		List<NewRequestWizard> finished = new ArrayList<>();
		bot.whenOpen("New Request", s -> {
			WizardDialog dialog = (WizardDialog) s.getData();
			NewRequestWizard wizard = (NewRequestWizard) dialog.getCurrentPage().getWizard();
			RealInput.click(wizard.kindPage().newClientButton());
			assertTrue(wizard.kindPage().isNewClient());
			clickButton(s, "Next >");
			NewClientPage intake = wizard.newClientPage();
			RealInput.type(intake.nameField(), "Acme Freight " + customer.substring("acme-freight-".length()));
			RealInput.type(intake.idField(), customer);
			RealInput.type(intake.regionField(), DeskFixture.REGION);
			RealInput.type(intake.siteField(), siteName);
			RealInput.type(intake.locationField(), "Rotterdam");
			RealInput.type(intake.servicesField(), "Option 3 remote reconfiguration");
			RealInput.type(intake.summaryField(), "Rebuild t3a's v0 as RAID 1");
			assertEquals(null, intake.getErrorMessage());
			clickButton(s, "Next >");
			ContractFields contract = wizard.paymentPage().contract();
			ShellBot.choose(contract.levelField(), "Option 3");
			RealInput.type(contract.startField(), LocalDate.now().minusMonths(1).toString());
			RealInput.type(contract.endField(), LocalDate.now().plusMonths(11).toString());
			assertEquals(null, wizard.paymentPage().getErrorMessage());
			ShellBot.shot(s, "whole-job-new-request.png");
			finished.add(wizard);
			clickButton(s, "Finish");
		});
		command("org.restripe.ui.wizards.newRequest");
		bot.dispatchUntil(() -> !finished.isEmpty() && finished.get(0).recordedRequest() != null, 120,
				"the new client's request was recorded");
		Request request = finished.get(0).recordedRequest();
		assertEquals(RequestState.RECEIVED, request.state());
		assertEquals(siteName, request.siteName());
		return request;
	}

	private RequestsView showInTheQueue(ShellBot bot, Request request) throws Exception {
		RequestsView requests = (RequestsView) page.showView(RequestsView.ID);
		RealInput.type(requests.filters().customerField(), customer);
		bot.dispatchUntil(() -> "received".equals(stateShown(requests, request)), 120,
				"the Requests view shows the new request as received: " + requests.status());
		return requests;
	}

	/** A click on the request's row, as the engineer picks the request to work on. */
	private void selectRow(RequestsView requests, Request request) {
		page.activate(requests);
		Table table = requests.viewer().getTable();
		TableItem row = row(table, request);
		RealInput.clickAt(table, row.getBounds(4), 1);
		try (ShellBot wait = new ShellBot()) {
			wait.dispatchUntil(() -> requests.selected() != null && requests.selected().id() == request.id(), 30,
					"the request is selected in the queue");
		}
	}

	/** Opens the site from the Sites view, designs a new configuration and edits it in the Properties view. */
	private SiteDesign designRaid1OnT3a(ShellBot bot) throws Exception {
		perspective(org.restripe.ui.DesignPerspective.ID);
		SiteNavigatorView navigator = (SiteNavigatorView) page.showView(SiteNavigatorView.ID);
		navigator.refresh();
		Tree tree = navigator.viewer().getTree();
		TreeItem item = null;
		for (TreeItem i : tree.getItems()) {
			if (siteName.equals(i.getText())) {
				item = i;
			}
		}
		assertNotNull(item, siteName + " is in the Sites view");
		tree.showItem(item);
		RealInput.clickAt(tree, item.getBounds(), 2);
		bot.dispatchUntil(() -> editorOn(siteFile) != null, 60, "double-clicking the site opened it");
		page.activate(editorOn(siteFile));
		command("org.restripe.ui.commands.designNewConfiguration");
		Path desiredFile = org.restripe.ui.design.SiteEditorInput.desiredFileFor(siteFile);
		bot.dispatchUntil(() -> editorOn(desiredFile) != null, 60, "the new configuration opened in its editor");
		SiteDesign design = editorOn(desiredFile).getAdapter(SiteDesign.class);
		assertNotNull(design.current(), "a desired design, planned against the site as it is");

		editInProperties(bot, design, "t3a-v0", "RAID level", cell -> {
			ComboBoxCellEditor combo = (ComboBoxCellEditor) cell;
			cell.setValue(List.of(combo.getItems()).indexOf("raid1"));
		});
		Volume v0 = volume(design.site(), "t3a");
		assertEquals(RaidLevel.RAID1, v0.getRaidLevel(), "the RAID level changed in the design");
		String fits = new BigDecimal(v0.getCapacity()).movePointLeft(9).stripTrailingZeros().toPlainString();
		editInProperties(bot, design, "t3a-lun0", "Size", cell -> cell.setValue(fits));
		Lun lun0 = unit(design.site(), "t3a").getLuns().get(0);
		assertEquals(v0.getCapacity(), lun0.getSize(), "the LUN is sized to the rebuilt volume");
		IEditorPart editor = editorOn(desiredFile);
		assertTrue(editor.isDirty(), "the design changed");
		page.saveEditor(editor, false);
		shoot("design", org.restripe.ui.DesignPerspective.ID);
		return design;
	}

	/** Selects the element in the diagram and changes one row of its Configuration tab in the Properties view. */
	private void editInProperties(ShellBot bot, SiteDesign design, String elementId, String rowName,
			java.util.function.Consumer<CellEditor> value) throws Exception {
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		assertTrue(design.reveal(elementId), elementId + " is in the diagram");
		UiTestSupport.flush(window.getDisplay());
		bot.dispatchUntil(() -> sheet.getCurrentPage() instanceof TabbedPropertySheetPage, 30,
				"the Properties view follows the diagram's selection");
		TabbedPropertySheetPage tabbed = (TabbedPropertySheetPage) sheet.getCurrentPage();
		tabbed.setSelectedTab("org.restripe.ui.diagram.tab.configuration");
		UiTestSupport.flush(window.getDisplay());
		Tree rows = (Tree) ((TabSection) tabbed.getCurrentTab().getSections()[0]).sheet().getControl();
		IPropertySheetEntry entry = row(rows, rowName);
		CellEditor cell = entry.getEditor(rows);
		assertNotNull(cell, rowName + " of " + elementId + " is editable in the Properties view");
		value.accept(cell);
		entry.applyEditorValue();
		assertEquals(null, entry.getErrorText(), rowName + " of " + elementId + " was taken");
		ShellBot.shot(window, "whole-job-properties-" + elementId + ".png");
	}

	/** Design > Build Kit... for the request selected in the Desk. */
	private Path buildKit(ShellBot bot, SiteDesign design, Request request, Path data, ISecurePreferences storage) {
		Request selected = RequestsView.lastSelected();
		assertNotNull(selected, "the Desk remembers the request selected in its queue");
		BuildKitWizard wizard = new BuildKitWizard(design, window, data, new SecureStorageKeyPassword(storage))
				.suggestingRequest(selected.id());
		WizardDialog dialog = new WizardDialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> built = new ArrayList<>();
		bot.whenOpen(BuildKitWizard.BUILT, s -> {
			built.add(ShellBot.texts(s));
			ShellBot.shot(s, "whole-job-kit-built.png");
			clickButton(s, "OK");
		});
		bot.dispatchUntil(wizard::canFinish, 60, "the site's open requests were read");
		String shown = ShellBot.texts(dialog.getShell());
		assertTrue(shown.contains("verified backups to confirm during the run"), "a rebuild asks for a backup:\n" + shown);
		assertEquals("Request " + request.id() + ": Rebuild t3a's v0 as RAID 1 (received)",
				wizard.page().requestField().getText(), "the request selected in the Desk is chosen");
		ShellBot.shot(dialog.getShell(), "whole-job-build-kit.png");
		clickButton(dialog.getShell(), "Finish");
		bot.dispatchUntil(() -> !built.isEmpty(), 180, "the kit was built and the result shown");
		assertTrue(built.get(0).contains("Request " + request.id() + " is now implementation built."), built.get(0));
		return wizard.job().kitFile();
	}

	/** Site > Connect...: by dialback, the number and account typed, the password asked once and remembered. */
	private void connectByDialback(ShellBot bot, SimulatedDemoSite site, ISecurePreferences storage) {
		ConnectWizard wizard = new ConnectWizard(SiteChoice.sites(RestripeUi.dataDirectory().sites()),
				new SiteFile(siteFile), storage, dir);
		WizardDialog dialog = new WizardDialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell s = dialog.getShell();
		clickButton(s, "Next >");
		ConnectLinkPage link = wizard.linkPage();
		RealInput.click(link.linePanel().wayButton(Way.DIAL));
		bot.dispatchUntil(() -> link.linePanel().wayButton(Way.DIAL).getSelection(), 30, "dialback chosen");
		RealInput.type(link.linePanel().modemField(), "tcp:127.0.0.1:" + site.simulator.centerModemPort());
		RealInput.type(link.numberField(), NUMBER);
		RealInput.type(link.accountField(), ACCOUNT);
		assertEquals(null, link.getErrorMessage());
		ShellBot.shot(s, "whole-job-connect.png");
		clickButton(s, "Finish");
		DiscoverJob job = wizard.job();
		assertNotNull(job, "Finish called the site");
		bot.dispatchUntil(() -> job.outcome() != null, 300, "the discovery over the dialback line ended");
		SessionView view = (SessionView) page.findView(SessionView.ID);
		bot.dispatchUntil(() -> job.getResult() != null && view.lineState() == LineState.ENDED, 60,
				"the Session view shows the session ended");
		DiscoverJob.Compared compared = assertInstanceOf(DiscoverJob.Compared.class, job.outcome(),
				String.valueOf(job.outcome()));
		assertTrue(compared.same(), String.join("\n", compared.lines()));
		assertTrue(view.dialbackShown().stream().anyMatch(d -> d.startsWith("Connected")), view.dialbackShown().toString());
	}

	/** Design > Run Kit...: the kit and site offered, the line remembered by Connect, each confirmation answered. */
	private void runKit(ShellBot bot, SimulatedDemoSite site, Path kit, Path data, ISecurePreferences storage,
			Request request) throws Exception {
		List<String> result = new ArrayList<>();
		List<RequestState> whileConfirming = new ArrayList<>();
		bot.whenOpen(KitChoiceDialog.TITLE, s -> {
			KitChoiceDialog choice = (KitChoiceDialog) s.getData();
			assertEquals(kit.toString(), choice.kitField().getText(), "the kit just built is offered");
			clickButton(s, "Check Kit");
		});
		bot.whenOpen(RunKitDialog.TITLE, s -> {
			RunKitDialog dialog = (RunKitDialog) s.getData();
			assertTrue(dialog.linePanel().wayButton(Way.DIAL).getSelection(), "the dialback line Connect used");
			assertTrue(ShellBot.texts(s).contains(NUMBER), ShellBot.texts(s));
			RealInput.type(dialog.confirmWithinField(), "5m");
			ShellBot.shot(s, "whole-job-run-kit.png");
			clickButton(s, "Run");
		});
		for (int i = 0; i < 4; i++) {
			bot.whenOpen(StepConfirmDialog.TITLE, s -> {
				ShellBot.shot(s, "whole-job-confirm-step.png");
				clickButton(s, "Done, go on");
			});
		}
		bot.whenOpen(CommitConfirmDialog.TITLE, s -> {
			whileConfirming.add(state(request));
			assertEquals(RaidLevel.RAID1, site.array("t3a").getVolumes().get(0).getRaidLevel(),
					"the change is in place while it waits for the confirmation");
			ShellBot.shot(s, "whole-job-commit-confirm.png");
			clickButton(s, "Confirm");
		});
		bot.whenOpen(RunKitFlow.RESULT, s -> {
			result.add(ShellBot.texts(s));
			ShellBot.shot(s, "whole-job-run-result.png");
			clickButton(s, "OK");
		});
		RunKitJob job = RunKitFlow.start(window, data, RestripeUi.dataDirectory().sites(), storage, kit,
				new SiteFile(siteFile));
		assertNotNull(job, "the kit passed its checks and runs");
		bot.dispatchUntil(() -> !result.isEmpty(), 600, "the run ended and its result was shown");
		assertTrue(bot.handled(StepConfirmDialog.TITLE) >= 1, "the backup before the rebuild was confirmed");
		RunKitJob.Ran ran = assertInstanceOf(RunKitJob.Ran.class, job.outcome(), String.valueOf(job.outcome()));
		assertEquals(RunResult.Outcome.CONFIRMED, ran.result().outcome(), ran.result().message());
		assertTrue(ran.verified(), ran.verification());
		assertTrue(result.get(0).contains("Verified: every array is as designed."), result.get(0));
		assertTrue(result.get(0).contains("Request " + request.id() + " is now verified."), result.get(0));
		assertEquals(List.of(RequestState.CONNECTED), whileConfirming, "connected while the run went on");
		assertEquals(RaidLevel.RAID1, site.array("t3a").getVolumes().get(0).getRaidLevel(), "t3a's v0 is RAID 1");
		SessionView view = (SessionView) page.findView(SessionView.ID);
		bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 60, "the run's session ended in the view");
		assertTrue(view.comparisonText().contains("t3a: as designed"), view.comparisonText());
	}

	/** The Desk shows the request verified, and its history each step the work moved it. */
	private void verifiedInTheDesk(ShellBot bot, Request request) throws Exception {
		perspective(DeskPerspective.ID);
		RequestsView requests = (RequestsView) page.showView(RequestsView.ID);
		bot.dispatchUntil(() -> "verified".equals(stateShown(requests, request)), 120,
				"the Requests view shows the request verified: " + requests.status());
		Table table = requests.viewer().getTable();
		RealInput.clickAt(table, row(table, request).getBounds(4), 2);
		RequestHistoryView history = (RequestHistoryView) page.showView(RequestHistoryView.ID);
		bot.dispatchUntil(() -> history.requestId() != null && history.requestId() == request.id()
				&& lastTo(history).equals("verified"), 60, "the history shows the request's life so far");
		List<String> to = new ArrayList<>();
		List<String> why = new ArrayList<>();
		for (TableItem item : history.viewer().getTable().getItems()) {
			to.add(item.getText(1));
			why.add(item.getText(4));
		}
		int built = to.indexOf("implementation built");
		assertTrue(built > 0, "the kit's build moved it: " + to);
		assertEquals(List.of("implementation built", "connected", "applied", "verified"), to.subList(built, to.size()));
		assertTrue(why.get(built).startsWith("kit ") && why.get(built).endsWith(" built"), why.get(built));
		assertEquals("connected to " + siteName + " to run the kit", why.get(built + 1));
		assertEquals("applied and verified: every array is as designed", why.get(to.size() - 1));
		assertEquals(RequestState.VERIFIED, state(request));
	}

	/** Move to Next State closes the verified request; Option 3 covers it, so the contract counts it. */
	private void closeOnTheContract(ShellBot bot, Request request) throws Exception {
		RequestsView requests = (RequestsView) page.showView(RequestsView.ID);
		selectRow(requests, new RequestDesk(DeskFixture.database()).find(request.id()).orElseThrow());
		bot.whenOpen(WhyDialog.TITLE, s -> {
			RealInput.type(((WhyDialog) s.getData()).whyField(), "verified with the customer");
			clickButton(s, "Move to closed");
		});
		command("org.restripe.ui.desk.moveNext");
		bot.dispatchUntil(() -> state(request) == RequestState.CLOSED, 60, "closed in the database");
		bot.dispatchUntil(() -> "closed".equals(stateShown(requests, request)), 60, "the queue shows it closed");
		bot.dispatchUntil(() -> requests.status().startsWith(request.label() + " closed: covered by contract "), 60,
				"the queue says how it was paid: " + requests.status());
		Request closed = new RequestDesk(DeskFixture.database()).find(request.id()).orElseThrow();
		ServiceContract contract = new Contracts(DeskFixture.database()).find(closed.contractId()).orElseThrow();
		assertEquals(1, contract.reconfigurationsUsed(), "the reconfiguration is counted on the Option 3 contract");
		assertTrue(requests.status().contains(contract.id()), requests.status());
	}

	private void typeTheDialbackPassword(Shell s) {
		SitePasswordDialog dialog = (SitePasswordDialog) s.getData();
		passwordsAsked.add(dialog.getMessage());
		RealInput.type(dialog.passwordField(), DIALBACK_PASSWORD);
		RealInput.click(dialog.rememberBox());
		clickButton(s, "OK");
	}

	private void shoot(String name, String perspectiveId) throws Exception {
		perspective(perspectiveId);
		UiTestSupport.flush(window.getDisplay());
		Path png = UiTestSupport.screenshot(window, "whole-job-" + name + ".png");
		assertTrue(Files.size(png) > 1000, png.toString());
	}

	private void perspective(String id) {
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id));
		UiTestSupport.flush(window.getDisplay());
	}

	private void command(String id) throws Exception {
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(id, null);
	}

	private IEditorPart editorOn(Path file) {
		for (var ref : page.getEditorReferences()) {
			IEditorPart editor = ref.getEditor(false);
			SiteDesign design = editor == null ? null : editor.getAdapter(SiteDesign.class);
			if (design != null && design.file().toAbsolutePath().equals(file.toAbsolutePath())) {
				return editor;
			}
		}
		return null;
	}

	/** A real click on the button labelled {@code label}, which must be enabled. */
	private static void clickButton(Shell shell, String label) {
		Button button = button(shell, label);
		assertNotNull(button, "'" + label + "' in '" + shell.getText() + "': " + ShellBot.texts(shell));
		assertTrue(button.isEnabled(), "'" + label + "' is enabled in '" + shell.getText() + "': " + ShellBot.texts(shell));
		RealInput.click(button);
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

	/** The sheet's row of that name; category rows are expanded as a click on their twistie does. */
	private static IPropertySheetEntry row(Tree tree, String name) {
		for (TreeItem item : tree.getItems()) {
			if (name.equals(item.getText())) {
				return (IPropertySheetEntry) item.getData();
			}
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
			for (TreeItem child : item.getItems()) {
				if (name.equals(child.getText())) {
					return (IPropertySheetEntry) child.getData();
				}
			}
		}
		throw new AssertionError("no row " + name + " in the sheet");
	}

	private static TableItem row(Table table, Request request) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(Integer.toString(request.id()))) {
				return item;
			}
		}
		throw new AssertionError(request.label() + " is not in the queue");
	}

	private static String stateShown(RequestsView requests, Request request) {
		for (TableItem item : requests.viewer().getTable().getItems()) {
			if (item.getText(0).equals(Integer.toString(request.id()))) {
				return item.getText(1);
			}
		}
		return null;
	}

	private static String lastTo(RequestHistoryView history) {
		Table table = history.viewer().getTable();
		return table.getItemCount() == 0 ? "" : table.getItem(table.getItemCount() - 1).getText(1);
	}

	private static RequestState state(Request request) {
		try {
			return new RequestDesk(DeskFixture.database()).find(request.id()).orElseThrow().state();
		} catch (org.restripe.store.StoreException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	private static StorageUnit unit(Site site, String name) {
		return TestKits.unit(site, name);
	}

	private static Volume volume(Site site, String unitName) {
		return unit(site, unitName).getVolumes().get(0);
	}
}
