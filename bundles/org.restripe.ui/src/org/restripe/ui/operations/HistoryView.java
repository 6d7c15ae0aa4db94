package org.restripe.ui.operations;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.connect.SiteChoice;
import org.restripe.ui.design.PlanView;
import org.restripe.ui.views.SiteFile;
import org.restripe.workflow.ConfigurationVersion;

/**
 * The kept versions of a site's configuration (as {@code restripe history} lists them): number, when, why, who
 * and the note of where it came from. The site follows the Sites view's selection or the combo; select any
 * two versions and Compare shows the planner's steps between them in the Plan view (as {@code restripe diff}).
 * The database is read in jobs.
 */
public class HistoryView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.history";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private Display display;
	private Combo site;
	private TableViewer viewer;
	private Button compare;
	private Label status;
	private Action compareAction;
	private String siteName;
	private List<ConfigurationVersion> versions = List.of();
	private int reads;
	private final ISelectionListener followSites = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Site:");
		site = new Combo(bar, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(site);
		SiteChoice.sites(RestripeUi.dataDirectory().sites()).forEach(f -> site.add(f.siteName()));
		site.addListener(SWT.Selection, e -> show(site.getText()));
		site.addListener(SWT.DefaultSelection, e -> show(site.getText()));
		compare = new Button(bar, SWT.PUSH);
		compare.setText("Compare");
		compare.setToolTipText("Show the planner's steps from the older of the two selected versions to the newer");
		compare.addListener(SWT.Selection, e -> compareSelected());
		status = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).applyTo(status);
		createTable(parent);
		createActions();
		getSite().getPage().addPostSelectionListener(followSites);
		SiteFile chosen = SiteChoice.of(getSite().getPage().getSelection(), getSite().getPage());
		if (chosen != null) {
			show(chosen.siteName());
		} else if (site.getItemCount() > 0) {
			show(site.getItem(0));
		}
		enableCompare();
	}

	private void createTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Version", 6, v -> Integer.toString(v.number()));
		column(layout, "When", 14, v -> WHEN.format(v.savedAt()));
		column(layout, "Why", 9, v -> v.reason().words());
		column(layout, "By", 9, ConfigurationVersion::savedBy);
		column(layout, "Source", 30, v -> v.note() == null ? "" : v.note());
		viewer.addSelectionChangedListener(e -> enableCompare());
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<ConfigurationVersion, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ConfigurationVersion) element);
			}
		});
	}

	private void createActions() {
		compareAction = new Action("Compare") {
			@Override
			public void run() {
				compareSelected();
			}
		};
		Action reload = new Action("Refresh") {
			@Override
			public void run() {
				show(site.getText());
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(compareAction);
		getViewSite().getActionBars().getToolBarManager().add(reload);
		MenuManager menu = new MenuManager();
		menu.add(compareAction);
		menu.add(reload);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || viewer.getControl().isDisposed()) {
			return;
		}
		SiteFile chosen = SiteChoice.of(selection, getSite().getPage());
		if (chosen != null && !chosen.siteName().equals(siteName)) {
			show(chosen.siteName());
		}
	}

	/** Lists the kept versions of {@code name}, read in a job. */
	public void show(String name) {
		String chosen = name == null ? "" : name.strip();
		if (chosen.isEmpty()) {
			return;
		}
		siteName = chosen;
		site.setText(chosen);
		int read = ++reads;
		status.setText("Reading the history of " + chosen + "...");
		HistoryJobs.versions(chosen, found -> asyncExec(() -> {
			if (read == reads) {
				showVersions(chosen, found);
			}
		}));
	}

	private void showVersions(String name, HistoryJobs.Versions found) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		versions = found.versions();
		viewer.setInput(versions);
		status.setText(found.problem() != null ? found.problem()
				: versions.isEmpty() ? "No version of " + name + " is kept yet."
						: versions.size() + (versions.size() == 1 ? " version" : " versions") + " of " + name
								+ "; select two and Compare");
		status.getParent().layout();
		enableCompare();
	}

	private void enableCompare() {
		boolean two = ((IStructuredSelection) viewer.getSelection()).size() == 2;
		compare.setEnabled(two);
		compareAction.setEnabled(two);
	}

	/** Selects these versions, as the engineer's clicks would. */
	public void select(int... numbers) {
		List<ConfigurationVersion> chosen = versions.stream()
				.filter(v -> java.util.Arrays.stream(numbers).anyMatch(n -> n == v.number())).toList();
		viewer.setSelection(new StructuredSelection(chosen), true);
	}

	private void compareSelected() {
		List<?> chosen = ((IStructuredSelection) viewer.getSelection()).toList();
		if (chosen.size() != 2) {
			status.setText("Select two versions to compare.");
			return;
		}
		int a = ((ConfigurationVersion) chosen.get(0)).number();
		int b = ((ConfigurationVersion) chosen.get(1)).number();
		int from = Math.min(a, b);
		int to = Math.max(a, b);
		String name = siteName;
		status.setText("Comparing versions " + from + " and " + to + "...");
		HistoryJobs.sites(name, from, to, pair -> asyncExec(() -> showComparison(name, from, to, pair)));
	}

	private void showComparison(String name, int from, int to, HistoryJobs.Pair pair) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (pair.problem() != null) {
			status.setText(pair.problem());
			return;
		}
		try {
			PlanView plan = (PlanView) getSite().getPage().showView(PlanView.ID);
			plan.showBetween("Version " + from + " to " + to + " of " + name, pair.from(), pair.to());
			status.setText("Versions " + from + " and " + to + " compared in the Plan view");
		} catch (PartInitException e) {
			status.setText("The Plan view cannot be opened: " + e.getMessage());
		}
	}

	private void asyncExec(Runnable r) {
		if (!display.isDisposed()) {
			display.asyncExec(r);
		}
	}

	public List<ConfigurationVersion> versions() {
		return versions;
	}

	public String siteName() {
		return siteName;
	}

	public Button compareButton() {
		return compare;
	}

	public String status() {
		return status.getText();
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(followSites);
		super.dispose();
	}
}
