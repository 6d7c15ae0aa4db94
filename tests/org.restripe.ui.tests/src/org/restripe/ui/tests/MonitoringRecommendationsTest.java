package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.restripe.model.ChangeKind;
import org.restripe.model.ServiceLevel;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.monitoring.DashboardView;
import org.restripe.ui.monitoring.RecommendationRow;
import org.restripe.ui.monitoring.RecommendationsView;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestState;
import org.restripe.workflow.Transition;

/**
 * Two volumes of an Option 3 site filling: the Recommendations view ranks them, Propose makes the first a request
 * awaiting the customer's approval and Approve moves it on as received; the second is proposed and declined with
 * the customer's reason, which ends it. Each move is checked in the database and in the row the engineer reads.
 */
class MonitoringRecommendationsTest {
	private static final String SITE = "option3-site";

	@Test
	void proposeApproveAndDeclineMoveTheRequestsThroughTheDesk() throws Exception {
		Instant now = Instant.now();
		// v1: 93 of 100 GB, 0.2 GB a day: ~35 days; v2: 174 of 200 GB, 0.45 GB a day: ~58 days
		MonitoringBench.seedFillingVolume(SITE, "v1 on t3a", 100, 20, 0.2, 0.4, now);
		MonitoringBench.seedFillingVolume(SITE, "v2 on t3a", 200, 10, 0.45, 0.4, now);
		MonitoringBench.contract("option3-co", SITE, ServiceLevel.OPTION3);
		RequestDesk desk = new RequestDesk(RestripeUi.database());
		try (ShellBot bot = new ShellBot()) {
			IWorkbenchPage page = MonitoringBench.monitoringPerspective();
			RecommendationsView view = (RecommendationsView) page.showView(RecommendationsView.ID);
			int read = view.readsShown();
			view.choose(SITE);
			bot.dispatchUntil(() -> view.readsShown() > read && view.rows().size() == 2, 60, "two recommendations: "
					+ view.messageText());
			assertTrue(view.contractText().startsWith("Site option3-site is monitored under Option 3 contract"),
					view.contractText());
			RecommendationRow first = view.rows().get(0);
			assertEquals("v1 on t3a", first.recommendation().subject(), "the sooner to fill first");
			assertEquals(ChangeKind.CAPACITY_ADDITION, first.recommendation().kind());
			assertEquals(List.of("capacity addition", "not proposed"), List.of(cell(view, 0, 3), cell(view, 0, 4)));
			assertTrue(cell(view, 0, 1).matches("v1 on t3a fills in \\d+ days \\(\\d+-\\d+\\): add capacity"), cell(view, 0, 1));
			assertTrue(cell(view, 0, 2).contains("of 100.0 GB used"), cell(view, 0, 2));
			assertTheDashboardSaysTheSame(bot, page, cell(view, 0, 1));

			Request proposed = propose(bot, view, "v1 on t3a");
			assertEquals(RequestState.AWAITING_APPROVAL, desk.find(proposed.id()).orElseThrow().state());
			assertEquals(SITE, proposed.siteName());
			assertEquals("option3-co", proposed.customerId());
			assertEquals(proposed.label() + " (awaiting approval)", cell(view, row(view, "v1 on t3a"), 4));

			select(view, "v1 on t3a");
			assertFalse(view.proposeButton().isEnabled(), "proposed once is enough");
			ShellBot.press(view.approveButton());
			waitForState(bot, view, "v1 on t3a", RequestState.RECEIVED);
			assertEquals(RequestState.RECEIVED, desk.find(proposed.id()).orElseThrow().state());
			assertEquals(proposed.label() + " (received)", cell(view, row(view, "v1 on t3a"), 4));

			Request second = propose(bot, view, "v2 on t3a");
			bot.whenOpen(RecommendationsView.DECLINE_TITLE, shell -> {
				Text why = MonitoringBench.firstText(shell);
				assertFalse(okEnabled(shell), "a decline needs its reason");
				why.setText("budget frozen until spring");
				ShellBot.press(shell, "OK");
			});
			select(view, "v2 on t3a");
			ShellBot.press(view.declineButton());
			waitForState(bot, view, "v2 on t3a", RequestState.DECLINED);
			assertEquals(RequestState.DECLINED, desk.find(second.id()).orElseThrow().state());
			List<Transition> moves = desk.transitions(second.id());
			assertEquals("declined, back to monitoring: budget frozen until spring", moves.get(moves.size() - 1).why());
			assertEquals(second.label() + " (declined)", cell(view, row(view, "v2 on t3a"), 4));
			select(view, "v2 on t3a");
			assertTrue(view.proposeButton().isEnabled(), "a declined recommendation may be proposed again");
			assertFalse(view.approveButton().isEnabled());
			ShellBot.shot(page.getWorkbenchWindow().getShell(), "monitoring-recommendations.png");
		}
	}

	private static void assertTheDashboardSaysTheSame(ShellBot bot, IWorkbenchPage page, String advice) {
		DashboardView dashboard = (DashboardView) page.findView(DashboardView.ID);
		dashboard.choose(SITE); // it followed the Recommendations view's choice already; read it once more to be sure
		int read = dashboard.readsShown();
		dashboard.refresh();
		bot.dispatchUntil(() -> dashboard.readsShown() > read, 60, "the dashboard shows the site");
		assertEquals(SITE, dashboard.siteCombo().getText());
		assertEquals(advice, dashboard.fillText() + ": add capacity");
		assertTrue(dashboard.monitorButton().isEnabled(), "Option 3: ongoing monitoring may start");
	}

	private static Request propose(ShellBot bot, RecommendationsView view, String subject) {
		select(view, subject);
		ShellBot.press(view.proposeButton());
		waitForState(bot, view, subject, RequestState.AWAITING_APPROVAL);
		return rowOf(view, subject).request().orElseThrow();
	}

	private static void waitForState(ShellBot bot, RecommendationsView view, String subject, RequestState state) {
		Predicate<RecommendationRow> moved = r -> r.request().map(q -> q.state() == state).orElse(false);
		bot.dispatchUntil(() -> view.rows().stream().anyMatch(r -> r.recommendation().subject().equals(subject)
				&& moved.test(r)), 60, subject + "'s request is " + state.words() + ": " + view.messageText());
	}

	private static void select(RecommendationsView view, String subject) {
		view.table().setSelection(new StructuredSelection(rowOf(view, subject)), true);
	}

	private static RecommendationRow rowOf(RecommendationsView view, String subject) {
		return view.rows().get(row(view, subject));
	}

	private static int row(RecommendationsView view, String subject) {
		for (int i = 0; i < view.rows().size(); i++) {
			if (view.rows().get(i).recommendation().subject().equals(subject)) {
				return i;
			}
		}
		throw new AssertionError("no recommendation about " + subject);
	}

	private static String cell(RecommendationsView view, int row, int column) {
		return view.table().getTable().getItem(row).getText(column);
	}

	private static boolean okEnabled(org.eclipse.swt.widgets.Shell shell) {
		return MonitoringBench.button(shell, "OK").isEnabled();
	}
}
