package org.restripe.ui.desk;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.restripe.ui.RestripeUi;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.Transition;

/** The selected request's life-cycle moves (from, to, who, when, why), following the selection. */
public class RequestHistoryView extends ViewPart {
	public static final String ID = "org.restripe.ui.desk.history";

	private final ISelectionListener follow = this::selectionChanged;
	private TableViewer viewer;
	private Label title;
	private Integer requestId;
	private int generation;
	private int loads;

	@Override
	public void createPartControl(Composite parent) {
		DeskViews.opened(this);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		title = new Label(parent, SWT.WRAP);
		title.setText("Select a request in the Requests view to see its history.");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(title);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < TransitionLabelProvider.COLUMNS.length; i++) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(TransitionLabelProvider.COLUMNS[i]);
			column.getColumn().setWidth(TransitionLabelProvider.WIDTHS[i]);
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new TransitionLabelProvider());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		getSite().getPage().addPostSelectionListener(follow);
		getSite().getPage().addSelectionListener(follow);
		ISelection now = getSite().getPage().getSelection(RequestsView.ID);
		if (now != null) {
			selectionChanged(null, now);
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != this && selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Request r
				&& !Integer.valueOf(r.id()).equals(requestId)) {
			show(r.id());
		}
	}

	/** Shows the moves of the request, read in a job. */
	public void show(int id) {
		requestId = id;
		reload();
	}

	/** Reads the shown request's moves again (after a desk command moved it). */
	public void reload() {
		if (requestId == null || viewer.getControl().isDisposed()) {
			return;
		}
		int id = requestId;
		int mine = ++generation;
		title.setText("Request " + id + ": reading its history...");
		new DeskRead<List<Transition>>("Read the history of request " + id, viewer.getControl(),
				() -> new RequestDesk(RestripeUi.database()).transitions(id), moves -> {
					if (mine == generation) {
						viewer.setInput(moves);
						title.setText("Request " + id + ": " + moves.size() + (moves.size() == 1 ? " move" : " moves"));
						loads++;
					}
				}, problem -> {
					if (mine == generation) {
						title.setText("The history of request " + id + " could not be read: " + problem);
						loads++;
					}
				}).schedule();
	}

	/** The request shown, or null. */
	public Integer requestId() {
		return requestId;
	}

	public int loads() {
		return loads;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public String title() {
		return title.getText();
	}

	@Override
	public void dispose() {
		DeskViews.closed(this);
		getSite().getPage().removePostSelectionListener(follow);
		getSite().getPage().removeSelectionListener(follow);
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
