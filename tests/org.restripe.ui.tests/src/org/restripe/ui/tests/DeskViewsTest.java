package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restripe.model.ChangeKind;
import org.restripe.model.ServiceLevel;
import org.restripe.monitor.Recommendation;
import org.restripe.ui.desk.CustomersView;
import org.restripe.ui.desk.DeskChange;
import org.restripe.ui.desk.DeskPerspective;
import org.restripe.ui.desk.RequestHistoryView;
import org.restripe.ui.desk.RequestsView;
import org.restripe.ui.desk.WhyDialog;
import org.restripe.workflow.Request;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProcess;
import org.restripe.workflow.RequestQuery;
import org.restripe.workflow.RequestState;

/**
 * The Desk perspective as an engineer uses it: the queue shows a new request and filters by state; Approve and
 * Decline (asked why) move the request in the database and add a row to its history; a request someone else
 * moved meanwhile is refused naming who, and the queue reads again.
 */
class DeskViewsTest {
	private IWorkbenchPage page;
	private RequestDesk desk;
	private String customer;
	private String site;

	@BeforeEach
	void deskPerspective() throws Exception {
		customer = DeskFixture.unique("tailspin");
		site = customer + "-site";
		DeskFixture.customerWithSite(customer, site);
		DeskFixture.contract(customer, ServiceLevel.OPTION3, java.time.LocalDate.now().minusMonths(1),
				java.time.LocalDate.now().plusMonths(11));
		desk = new RequestDesk(DeskFixture.database());
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (String view : List.of(RequestsView.ID, RequestHistoryView.ID, CustomersView.ID)) {
			if (page.findView(view) != null) {
				page.hideView(page.findView(view)); // each test starts with fresh views (no filters typed before)
			}
		}
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(DeskPerspective.ID));
		page.resetPerspective();
	}

	@Test
	void theQueueShowsANewRequestAndFiltersByStateAndCustomer() throws Exception {
		RequestsView requests = (RequestsView) page.showView(RequestsView.ID);
		Request received = desk.open(customer, site, "Grow lun0 by 20 GB");
		Request recommended = awaiting("v1 on t3a fills in 23 days: add capacity");
		reload(requests);
		TableItem row = rowOf(requests.viewer().getTable(), received.id());
		assertEquals(List.of(Integer.toString(received.id()), "received", customer, site, "Grow lun0 by 20 GB"),
				cells(row).subList(0, 5));
		assertTrue(cells(row).get(5).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), cells(row).get(5));

		ShellBot.choose(requests.filters().stateField(), "awaiting approval");
		waitForLoad(requests);
		for (TableItem item : requests.viewer().getTable().getItems()) {
			assertEquals("awaiting approval", item.getText(1), "only requests awaiting approval: " + cells(item));
		}
		rowOf(requests.viewer().getTable(), recommended.id());
		RealInput.type(requests.filters().customerField(), customer);
		waitForLoad(requests);
		assertEquals(1, requests.viewer().getTable().getItemCount(), requests.status());
		assertEquals(Integer.toString(recommended.id()), requests.viewer().getTable().getItem(0).getText(0));

		CustomersView customers = (CustomersView) page.showView(CustomersView.ID);
		int read = customers.loads();
		customers.reload();
		try (ShellBot bot = new ShellBot()) {
			bot.dispatchUntil(() -> customers.loads() > read, 60, "the customers are read");
		}
		TreeItem contract = contractItem(customers.viewer().getTree());
		assertTrue(contract.getText().contains(": Option 3, ") && contract.getText().endsWith("; valid today"),
				contract.getText());
		page.activate(requests);
		requests.viewer().setSelection(new StructuredSelection(requests.viewer().getElementAt(0)), true);
		ShellBot.shot(page.getWorkbenchWindow().getShell(), "desk-perspective.png");
	}

	@Test
	void aLongQueueIsReadOnePageAtATimeNewestFirst() throws Exception {
		List<Request> opened = new ArrayList<>();
		for (int i = 1; i <= RequestQuery.PAGE_SIZE + 1; i++) {
			opened.add(desk.open(customer, site, "request number " + i));
		}
		RequestsView requests = (RequestsView) page.showView(RequestsView.ID);
		RealInput.type(requests.filters().customerField(), customer);
		waitForLoad(requests);
		Table table = requests.viewer().getTable();
		assertEquals(RequestQuery.PAGE_SIZE, table.getItemCount(), requests.status());
		assertEquals("request number " + (RequestQuery.PAGE_SIZE + 1), table.getItem(0).getText(4), "newest first");
		assertTrue(requests.status().endsWith(RequestQuery.PAGE_SIZE + " requests on page 1"), requests.status());
		int before = requests.loads();
		ShellBot.press(table.getShell(), "Older >");
		try (ShellBot bot = new ShellBot()) {
			bot.dispatchUntil(() -> requests.loads() > before, 60, "page 2 is read");
		}
		assertEquals(1, table.getItemCount());
		assertEquals(Integer.toString(opened.get(0).id()), table.getItem(0).getText(0), "the oldest on page 2");
		assertTrue(requests.status().endsWith("1 request on page 2"), requests.status());
	}

	@Test
	void approveAndDeclineMoveTheRequestAndTheHistoryShowsWhoWhenAndWhy() throws Exception {
		Request first = awaiting("v1 on t3a fills in 23 days: add capacity");
		Request second = awaiting("port u1p1 carries 80% of the load: balance the channels");
		RequestsView requests = (RequestsView) page.showView(RequestsView.ID);
		RealInput.type(requests.filters().customerField(), customer);
		waitForLoad(requests);
		RequestHistoryView history = (RequestHistoryView) page.showView(RequestHistoryView.ID);

		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(WhyDialog.TITLE, s -> {
				WhyDialog why = (WhyDialog) s.getData();
				RealInput.type(why.whyField(), "the customer agreed on the phone");
				ShellBot.press(s, "Approve");
			});
			select(requests, first);
			command("org.restripe.ui.desk.approve");
			bot.dispatchUntil(() -> stateOf(first) == RequestState.RECEIVED, 60, "request approved in the database");
			bot.dispatchUntil(() -> history.requestId() != null && history.requestId() == first.id()
					&& history.viewer().getTable().getItemCount() == 2, 60, "the history shows the approval");
			assertEquals(List.of("awaiting approval", "received", System.getProperty("user.name")),
					cells(history.viewer().getTable().getItem(1)).subList(0, 3));
			assertEquals("approved: the customer agreed on the phone", history.viewer().getTable().getItem(1).getText(4));
		}
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(WhyDialog.TITLE, s -> {
				WhyDialog why = (WhyDialog) s.getData();
				assertEquals("Why: say why " + second.label() + " is declined", why.getErrorMessage());
				RealInput.type(why.whyField(), "no budget this quarter");
				ShellBot.press(s, "Decline");
			});
			waitForLoad(requests);
			select(requests, second);
			command("org.restripe.ui.desk.decline");
			bot.dispatchUntil(() -> stateOf(second) == RequestState.DECLINED, 60, "request declined in the database");
			bot.dispatchUntil(() -> history.requestId() == second.id() && history.viewer().getTable().getItemCount() == 2,
					60, "the history shows the decline");
			assertEquals("declined, back to monitoring: no budget this quarter",
					history.viewer().getTable().getItem(1).getText(4));
			assertEquals("declined", history.viewer().getTable().getItem(1).getText(1));
		}
	}

	@Test
	void moveToAChosenStateAndMoveOnToClosedWhichUsesTheContract() throws Exception {
		Request cancelled = desk.open(customer, site, "customer may call it off");
		Request covered = new RequestProcess(DeskFixture.database()).takeExistingClient(customer, site,
				"Assign a hot spare", java.time.LocalDate.now(), "test").request();
		for (RequestState next = covered.state().forward(); next != RequestState.CLOSED; next = next.forward()) {
			desk.move(covered.id(), next, "done", "test");
		}
		RequestsView requests = (RequestsView) page.showView(RequestsView.ID);
		RealInput.type(requests.filters().customerField(), customer);
		waitForLoad(requests);
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(WhyDialog.TITLE, s -> {
				WhyDialog why = (WhyDialog) s.getData();
				assertEquals("To state: choose where " + cancelled.label()
						+ " goes (configuration determined, declined or cancelled)", why.getErrorMessage());
				ShellBot.choose(why.stateField(), "cancelled");
				RealInput.type(why.whyField(), "the customer withdrew the request");
				ShellBot.press(s, "Move");
			});
			select(requests, cancelled);
			command("org.restripe.ui.desk.moveTo");
			bot.dispatchUntil(() -> stateOf(cancelled) == RequestState.CANCELLED, 60, "cancelled in the database");
		}
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(WhyDialog.TITLE, s -> {
				RealInput.type(((WhyDialog) s.getData()).whyField(), "verified on site");
				ShellBot.press(s, "Move to closed");
			});
			waitForLoad(requests);
			select(requests, desk.find(covered.id()).orElseThrow());
			command("org.restripe.ui.desk.moveNext");
			bot.dispatchUntil(() -> stateOf(covered) == RequestState.CLOSED, 60, "closed in the database");
			bot.dispatchUntil(() -> requests.status().startsWith(covered.label() + " closed: covered by contract "), 60,
					"the queue says how it was paid: " + requests.status());
		}
		assertEquals(1, new Contracts(DeskFixture.database()).find(covered.contractId()).orElseThrow()
				.reconfigurationsUsed(), "one reconfiguration counted against the contract");
	}

	@Test
	void aRequestMovedByAnotherEngineerSinceItWasReadIsRefusedNamingWhoAndTheQueueReadsAgain() throws Exception {
		Request stale = awaiting("v2 on t3b fills in 9 days: add capacity");
		RequestsView requests = (RequestsView) page.showView(RequestsView.ID);
		RealInput.type(requests.filters().customerField(), customer);
		waitForLoad(requests);
		select(requests, stale);
		desk.approve(stale.id(), "approved by mail", "maria"); // another engineer, after the row was read
		List<String> refused = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen(WhyDialog.TITLE, s -> {
				RealInput.type(((WhyDialog) s.getData()).whyField(), "no budget");
				ShellBot.press(s, "Decline");
			});
			bot.whenOpen(DeskChange.STALE_TITLE, s -> {
				refused.add(ShellBot.texts(s));
				ShellBot.press(s, "OK");
			});
			command("org.restripe.ui.desk.decline");
			bot.dispatchUntil(() -> !refused.isEmpty(), 60, "the refusal is shown");
			assertTrue(refused.get(0).contains("Request " + stale.id() + " was changed by maria at ")
					&& refused.get(0).contains("since you read it: reload it and try again"), refused.get(0));
			bot.dispatchUntil(() -> "received".equals(stateShown(requests.viewer().getTable(), stale.id())), 60,
					"the queue shows the request as it is now");
		}
		assertEquals(RequestState.RECEIVED, stateOf(stale), "the decline did not happen");
	}

	private Request awaiting(String advice) throws Exception {
		return desk.awaitApproval(new Recommendation(site, ChangeKind.CAPACITY_ADDITION, "v1 on t3a", advice,
				"30 samples, linear fit", 23, Instant.now()), customer, "monitor");
	}

	private RequestState stateOf(Request request) {
		try {
			return desk.find(request.id()).orElseThrow().state();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void command(String id) throws Exception {
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(id, null);
	}

	private void select(RequestsView requests, Request request) {
		page.activate(requests);
		Object row = null;
		for (Object element : (List<?>) requests.viewer().getInput()) {
			if (((Request) element).id() == request.id()) {
				row = element;
			}
		}
		assertTrue(row != null, request.label() + " is in the queue: " + requests.status());
		requests.viewer().setSelection(new StructuredSelection(row), true);
		UiTestSupport.flush(requests.viewer().getTable().getDisplay());
	}

	private static void reload(RequestsView requests) {
		int before = requests.loads();
		requests.reload();
		try (ShellBot bot = new ShellBot()) {
			bot.dispatchUntil(() -> requests.loads() > before, 60, "the queue is read");
		}
	}

	/** Waits for the read the last filter change started. */
	private static void waitForLoad(RequestsView requests) {
		reload(requests);
	}

	/** The state the queue shows for the request, or null while it is not shown. */
	private static String stateShown(Table table, int id) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(Integer.toString(id))) {
				return item.getText(1);
			}
		}
		return null;
	}

	private static TableItem rowOf(Table table, int id) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(Integer.toString(id))) {
				return item;
			}
		}
		throw new AssertionError("request " + id + " is not in the queue");
	}

	private TreeItem contractItem(Tree tree) {
		for (TreeItem customerItem : tree.getItems()) {
			if (customerItem.getText().contains("(" + customer + ",")) {
				customerItem.setExpanded(true);
				TreeItem siteItem = customerItem.getItem(0);
				assertEquals("site " + site + " at Rotterdam", siteItem.getText());
				siteItem.setExpanded(true);
				return siteItem.getItem(0);
			}
		}
		throw new AssertionError("customer " + customer + " is not in the Customers view");
	}

	private static List<String> cells(TableItem item) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < item.getParent().getColumnCount(); i++) {
			cells.add(item.getText(i));
		}
		return cells;
	}
}
