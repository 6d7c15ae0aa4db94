package org.restripe.ui.desk;

import java.util.List;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.restripe.ui.RestripeUi;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestQuery;

/**
 * The request queue: one page of requests (newest first) as the filters above select them, read in a job; the
 * desk's commands (toolbar, context menu, Desk menu) act on the selected row. Double-click shows its history.
 */
public class RequestsView extends ViewPart {
	public static final String ID = "org.restripe.ui.desk.requests";

	private RequestFilters filters;
	private TableViewer viewer;
	private Button previous;
	private Button next;
	private Label status;
	private int page = 1;
	private int generation;
	private int loads;
	private String outcome = "";
	/** The request last selected in an open Requests view: Build Kit suggests it from any perspective. */
	private static volatile Request lastSelected;

	@Override
	public void createPartControl(Composite parent) {
		DeskViews.opened(this);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filters = new RequestFilters(parent, () -> {
			page = 1;
			reload();
		});
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < RequestLabelProvider.COLUMNS.length; i++) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(RequestLabelProvider.COLUMNS[i]);
			column.getColumn().setWidth(RequestLabelProvider.WIDTHS[i]);
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new RequestLabelProvider());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		createPager(parent);
		getSite().setSelectionProvider(viewer);
		contextMenu();
		viewer.addDoubleClickListener(e -> showHistory());
		viewer.addSelectionChangedListener(e -> lastSelected = selected());
		reload();
	}

	private void createPager(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		previous = new Button(bar, SWT.PUSH);
		previous.setText("< Newer");
		previous.addListener(SWT.Selection, e -> turn(-1));
		next = new Button(bar, SWT.PUSH);
		next.setText("Older >");
		next.addListener(SWT.Selection, e -> turn(1));
		status = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
	}

	private void contextMenu() {
		MenuManager menu = new MenuManager("#RequestsPopup");
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void turn(int by) {
		page = Math.max(1, page + by);
		reload();
	}

	/** Reads the page the filters select again, off the UI thread; a newer read wins over an older one. */
	public void reload() {
		RequestQuery query = filters.query(page);
		int mine = ++generation;
		status.setText("Reading page " + query.page() + "...");
		new DeskRead<List<Request>>("Read the request queue", viewer.getControl(),
				() -> new RequestDesk(RestripeUi.database()).list(query), requests -> {
					if (mine == generation) {
						show(query, requests);
					}
				}, problem -> {
					if (mine == generation) {
						status.setText("The requests could not be read: " + problem);
						loads++;
					}
				}).schedule();
	}

	private void show(RequestQuery query, List<Request> requests) {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(requests);
		if (selected instanceof Request was) {
			requests.stream().filter(r -> r.id() == was.id()).findFirst()
					.ifPresent(r -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true));
		}
		previous.setEnabled(query.page() > 1);
		next.setEnabled(requests.size() == query.pageSize());
		String shown = requests.isEmpty() ? "no request on page " + query.page()
				: requests.size() + (requests.size() == 1 ? " request" : " requests") + " on page " + query.page();
		status.setText(outcome.isEmpty() ? shown : outcome + " | " + shown);
		loads++;
	}

	/** What the last desk command did, shown beside the page count until the next one. */
	public void report(String what) {
		outcome = what;
		reload();
	}

	private void showHistory() {
		try {
			getSite().getPage().showView(RequestHistoryView.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			status.setText("The history view could not be opened: " + e.getMessage());
		}
	}

	/** The selected request as read, or null. */
	public Request selected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.getFirstElement() instanceof Request r ? r : null;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The request last selected in the Requests view while it was open, or null. */
	public static Request lastSelected() {
		return lastSelected;
	}

	@Override
	public void dispose() {
		DeskViews.closed(this);
		lastSelected = null;
		super.dispose();
	}

	public RequestFilters filters() {
		return filters;
	}

	/** How many reads finished (for tests waiting on one). */
	public int loads() {
		return loads;
	}

	public String status() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
