package org.restripe.ui.operations;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.session.SessionBoard;

/**
 * The sessions and runs recorded in DATA/recordings, newest first: site, start, duration, how each ended and
 * whether its SHA-256 chain verifies (as verify-recording checks it), read in a job. A filter field above;
 * double-click, the toolbar or the context menu replays one. The list is read again when a session ends.
 */
public class RecordingsView extends ViewPart implements SessionBoard.Listener {
	public static final String ID = "org.restripe.ui.views.recordings";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private Text filter;
	private Label status;
	private List<RecordedSession> sessions = List.of();
	private boolean reading;
	private boolean readAgain;
	private Action replay;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Filter:");
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.SINGLE);
		filter.setMessage("site, outcome or chain");
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(filter);
		filter.addModifyListener(e -> viewer.refresh());
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		createTable(parent);
		createActions();
		SessionBoard.addListener(this);
		refresh();
	}

	private void createTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(layout, "Site", 11, RecordedSession::site);
		column(layout, "Started", 15, s -> s.started() == null ? "" : WHEN.format(s.started()));
		column(layout, "Duration", 7, s -> duration(s.seconds()));
		column(layout, "Outcome", 15, RecordedSession::outcome);
		column(layout, "Chain", 28, RecordedSession::chain);
		column(layout, "File", 24, s -> s.file().getFileName().toString());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches((RecordedSession) element, filter.getText());
			}
		});
		viewer.addDoubleClickListener(e -> replaySelected());
		getSite().setSelectionProvider(viewer);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<RecordedSession, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RecordedSession) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((RecordedSession) element); // a long finding reads whole here
			}

			@Override
			public Color getForeground(Object element) {
				boolean broken = title.equals("Chain") && !((RecordedSession) element).verified();
				return broken ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
			}
		});
	}

	private void createActions() {
		replay = new Action("Replay") {
			@Override
			public void run() {
				replaySelected();
			}
		};
		replay.setToolTipText("Play the selected recording with its timing, read-only");
		Action reload = new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		};
		reload.setToolTipText("Read DATA/recordings again and verify every chain");
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(replay);
		toolbar.add(reload);
		MenuManager menu = new MenuManager();
		menu.add(replay);
		menu.add(reload);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.addSelectionChangedListener(e -> replay.setEnabled(!e.getSelection().isEmpty()));
		replay.setEnabled(false);
	}

	static boolean matches(RecordedSession s, String filterText) {
		String wanted = filterText.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return true;
		}
		String row = String.join(" ", s.site(), s.outcome(), s.chain(), s.file().getFileName().toString());
		return row.toLowerCase(Locale.ROOT).contains(wanted);
	}

	/** "45 s", "3 min 20 s", "1 h 02 min". */
	static String duration(double seconds) {
		long s = Math.round(seconds);
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return s / 60 + " min " + s % 60 + " s";
		}
		return s / 3600 + " h " + String.format(Locale.ROOT, "%02d", s % 3600 / 60) + " min";
	}

	/** Reads the recordings again in a job; the table shows them when it is done. */
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (reading) {
			readAgain = true; // a session ended while the last reading was under way
			return;
		}
		reading = true;
		status.setText("Reading the recordings...");
		Path data = RestripeUi.dataDirectory().path();
		ReadRecordingsJob job = new ReadRecordingsJob(data, found -> viewer.getControl().getDisplay().asyncExec(() -> show(found)));
		job.schedule();
	}

	private void show(ReadRecordingsJob.Found found) {
		reading = false;
		if (viewer.getControl().isDisposed()) {
			return;
		}
		sessions = found.sessions();
		viewer.setInput(sessions);
		long broken = sessions.stream().filter(s -> !s.verified()).count();
		String summary = sessions.size() + (sessions.size() == 1 ? " recording" : " recordings")
				+ (broken == 0 ? "" : ", " + broken + " with a broken chain");
		status.setText(found.problems().isEmpty() ? summary : summary + "; " + String.join("; ", found.problems()));
		status.getParent().layout();
		if (readAgain) {
			readAgain = false;
			refresh();
		}
	}

	private void replaySelected() {
		Object chosen = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (chosen instanceof RecordedSession session) {
			try {
				ReplayView view = (ReplayView) getSite().getPage().showView(ReplayView.ID);
				view.open(session);
			} catch (PartInitException e) {
				status.setText("The Replay view cannot be opened: " + e.getMessage());
			}
		}
	}

	/** Whether the job reading the recordings is still at work. */
	public boolean reading() {
		return reading || readAgain;
	}

	public List<RecordedSession> sessions() {
		return sessions;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text filterField() {
		return filter;
	}

	public String status() {
		return status.getText();
	}

	@Override
	public void sessionStarted(Path recording, String title, org.eclipse.core.runtime.jobs.Job work) {
		// listed once it ends
	}

	@Override
	public void comparison(String heading, List<String> lines) {
		// the Session view shows it
	}

	@Override
	public void sessionEnded(String how) {
		refresh();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		SessionBoard.removeListener(this);
		super.dispose();
	}
}
