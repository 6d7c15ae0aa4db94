package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.PlannedStep;
import org.restripe.plan.Planner;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.design.PlanView;
import org.restripe.ui.operations.HistoryView;
import org.restripe.ui.views.SiteFile;
import org.restripe.workflow.ConfigurationHistory;
import org.restripe.workflow.ConfigurationVersion;
import org.restripe.workflow.VersionReason;

/**
 * The Configuration History of the demo site in the workbench's database: the kept versions with when, why and
 * where from; two of them selected and compared open the Plan view with the planner's steps between them.
 */
class HistoryCompareTest {
	@TempDir
	Path dir;

	@Test
	void twoKeptVersionsComparedShowTheStepsBetweenThemInThePlanView() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SiteFile demo = new SiteFile(RestripeUi.dataDirectory().sites().resolve("demo-site.restripe"));
		Site current = demo.site();
		Site changed = TestKits.onlineChange(current);
		Path changedFile = dir.resolve("changed.restripe");
		SiteFiles.save(changed, changedFile);
		ConfigurationHistory history = new ConfigurationHistory(RestripeUi.database());
		ConfigurationVersion before = history.record(demo.siteName(), demo.path(), VersionReason.DISCOVERED,
				"discovered over telnet", "ana");
		ConfigurationVersion after = history.record(demo.siteName(), changedFile, VersionReason.APPLIED,
				"kit online.kit", "ana");
		try (ShellBot bot = new ShellBot()) {
			HistoryView view = (HistoryView) page.showView(HistoryView.ID);
			view.show(demo.siteName());
			bot.dispatchUntil(() -> view.versions().stream().anyMatch(v -> v.number() == after.number()), 30,
					"the versions were read: " + view.status());
			Table table = view.viewer().getTable();
			int row = view.versions().indexOf(after);
			assertEquals(Integer.toString(after.number()), table.getItem(row).getText(0));
			assertEquals("applied", table.getItem(row).getText(2));
			assertEquals("ana", table.getItem(row).getText(3));
			assertEquals("kit online.kit", table.getItem(row).getText(4));
			assertFalse(view.compareButton().getEnabled(), "Compare needs two versions");
			view.select(before.number());
			assertFalse(view.compareButton().getEnabled(), "one version is not enough");
			view.select(after.number(), before.number());
			assertTrue(view.compareButton().getEnabled(), view.status());
			ShellBot.press(view.compareButton());
			String title = "Version " + before.number() + " to " + after.number() + " of " + demo.siteName();
			bot.dispatchUntil(() -> page.findView(PlanView.ID) instanceof PlanView plan && title.equals(plan.comparing()),
					30, "the Plan view shows the comparison: " + view.status());
			PlanView plan = (PlanView) page.findView(PlanView.ID);
			Plan expected = new Planner().plan(current, changed);
			assertFalse(expected.isEmpty());
			assertNotNull(plan.plan());
			Table steps = plan.viewer().getTable();
			assertEquals(expected.steps().size(), steps.getItemCount());
			List<PlannedStep> planned = expected.steps();
			for (int i = 0; i < planned.size(); i++) {
				assertEquals(planned.get(i).step().unitName(), steps.getItem(i).getText(1));
				assertEquals(planned.get(i).summary(), steps.getItem(i).getText(2));
			}
			assertTrue(plan.getContentDescription().startsWith(title + ": " + planned.size() + " steps"),
					plan.getContentDescription());
			assertEquals("Versions " + before.number() + " and " + after.number() + " compared in the Plan view",
					view.status());
		}
	}
}
