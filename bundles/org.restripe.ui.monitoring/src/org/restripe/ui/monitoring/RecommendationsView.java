package org.restripe.ui.monitoring;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.views.SiteFile;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;

/**
 * A monitored site's recommendations, most urgent first (what, evidence, change kind, the request it became).
 * Propose turns one into a request awaiting the customer's approval; Approve and Decline record the customer's
 * answer, moving the request through the desk.
 */
public class RecommendationsView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.monitoring.recommendations";
	public static final String DECLINE_TITLE = "Decline Recommendation";
	private static final String SITES_VIEW = "org.restripe.ui.views.siteNavigator";

	private Combo site;
	private Label contract;
	private Label message;
	private TableViewer table;
	private Button propose;
	private Button approve;
	private Button decline;
	private final AtomicInteger reads = new AtomicInteger();
	private final AtomicInteger readsDone = new AtomicInteger();
	private final ISelectionListener sitesSelection = this::sitesSelectionChanged;
	private final Consumer<String> siteChosen = this::choose;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(parent);
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText("Site:");
		site = new Combo(row, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(site);
		site.addListener(SWT.Selection, e -> {
			SiteMonitoring.get().siteChosen(chosenSite());
			refresh();
		});
		propose = button(row, "Propose", "Make it a request awaiting the customer's approval", this::propose);
		approve = button(row, "Approve", "The customer approved: the request goes on as received", this::approve);
		decline = button(row, "Decline...", "The customer declined: the request ends, the site stays monitored",
				this::decline);
		button(row, "Refresh", "Read the samples and requests again", this::refresh);
		contract = wide(parent);
		message = wide(parent);
		createTable(parent);
		getSite().getPage().addSelectionListener(SITES_VIEW, sitesSelection);
		SiteMonitoring.get().onSiteChosen(siteChosen);
		updateButtons();
		refresh();
	}

	private static Button button(Composite parent, String text, String tip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private static Label wide(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}

	private void createTable(Composite parent) {
		table = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(table.getControl());
		column("Urgency", 70, RecommendationRow::urgencyText);
		column("What", 330, r -> r.recommendation().advice());
		column("Evidence", 360, r -> r.recommendation().evidence());
		column("Change kind", 130, RecommendationRow::kindText);
		column("Request", 190, RecommendationRow::requestText);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addSelectionChangedListener(e -> updateButtons());
		table.addDoubleClickListener(e -> propose());
	}

	private void column(String title, int width, Function<RecommendationRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RecommendationRow) element);
			}
		});
	}

	/** Reads the site's recommendations and their requests in a job. */
	public void refresh() {
		String chosen = chosenSite();
		int generation = reads.incrementAndGet();
		Job read = new Job("Read the recommendations of " + (chosen == null ? "the sites" : "site " + chosen)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					RecommendationsState state = RecommendationsState.read(chosen);
					ui(() -> show(state, generation));
				} catch (StoreException | RuntimeException e) {
					ui(() -> failed("Cannot read the recommendations of " + chosen + ": " + e.getMessage()));
				}
				return Status.OK_STATUS;
			}
		};
		read.schedule();
	}

	private void show(RecommendationsState state, int generation) {
		if (generation != reads.get()) {
			return; // a later read is under way: this one is not shown, nor counted as shown
		}
		try {
			SiteCombo.show(site, state.sites(), state.site());
			contract.setText(state.contract() == null ? "No site yet" : state.contract().words());
			message.setText(state.contract() == null || !state.contract().monitored() ? ""
					: state.rows().isEmpty() ? "Nothing to recommend for " + state.site() + " from its samples"
							: state.rows().size() + (state.rows().size() == 1 ? " recommendation" : " recommendations")
									+ ", most urgent first");
			table.setInput(state.rows());
			updateButtons();
			contract.getParent().layout(true, true);
		} finally {
			readsDone.incrementAndGet();
		}
	}

	private void failed(String text) {
		message.setText(text);
		readsDone.incrementAndGet();
	}

	private void updateButtons() {
		RecommendationRow row = selected();
		propose.setEnabled(row != null && row.canPropose());
		approve.setEnabled(row != null && row.awaitsApproval());
		decline.setEnabled(row != null && row.awaitsApproval());
	}

	private RecommendationRow selected() {
		Object first = table == null ? null : ((IStructuredSelection) table.getSelection()).getFirstElement();
		return first instanceof RecommendationRow row ? row : null;
	}

	private void propose() {
		RecommendationRow row = selected();
		if (row == null || !row.canPropose()) {
			return;
		}
		act("Propose " + row.recommendation().subject(), desk -> new RecommendationRequests(desk).propose(row.recommendation(),
				null), r -> r.label() + " awaits the customer's approval: " + row.recommendation().advice());
	}

	private void approve() {
		RecommendationRow row = selected();
		if (row == null || !row.awaitsApproval()) {
			return;
		}
		int id = row.request().get().id();
		act("Approve request " + id, desk -> desk.approve(id, "the customer approved", null),
				r -> r.label() + " approved: it is " + r.state().words() + "; next: " + r.state().nextInWords());
	}

	private void decline() {
		RecommendationRow row = selected();
		if (row == null || !row.awaitsApproval()) {
			return;
		}
		int id = row.request().get().id();
		InputDialog why = new InputDialog(getSite().getShell(), DECLINE_TITLE, "Why did the customer decline request " + id
				+ " (" + row.recommendation().advice() + ")?", "", text -> text.isBlank()
						? "Say why the customer declined: it is kept in the request's history" : null);
		if (why.open() == Window.OK) {
			String reason = why.getValue().strip();
			act("Decline request " + id, desk -> desk.decline(id, reason, null),
					r -> r.label() + " declined: " + reason + "; " + r.siteName() + " stays under monitoring");
		}
	}

	private interface DeskMove {
		Request apply(RequestDesk desk) throws StoreException;
	}

	/** Moves the request in a job; the outcome in the view, a refusal in a dialog naming it. */
	private void act(String what, DeskMove move, Function<Request, String> done) {
		message.setText(what + "...");
		Job job = new Job(what) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Request request = move.apply(new RequestDesk(RestripeUi.database()));
					ui(() -> {
						message.setText(done.apply(request));
						refresh();
					});
				} catch (StoreException | RuntimeException e) {
					ui(() -> {
						message.setText(what + " failed: " + e.getMessage());
						MessageDialog.openError(getSite().getShell(), what, what + " failed: " + e.getMessage());
						refresh();
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}

	private void sitesSelectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof SiteFile file) {
			choose(file.siteName());
		}
	}

	/** Shows this site's recommendations. */
	public void choose(String siteName) {
		if (siteName != null && !site.isDisposed() && !siteName.equals(chosenSite())) {
			if (site.indexOf(siteName) < 0) {
				site.add(siteName);
			}
			site.select(site.indexOf(siteName));
			SiteMonitoring.get().siteChosen(siteName);
			refresh();
		}
	}

	private String chosenSite() {
		int index = site == null || site.isDisposed() ? -1 : site.getSelectionIndex();
		return index < 0 ? null : site.getItem(index);
	}

	private void ui(Runnable r) {
		Display display = site.isDisposed() ? null : site.getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!site.isDisposed()) {
					r.run();
				}
			});
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(SITES_VIEW, sitesSelection);
		SiteMonitoring.get().removeSiteListener(siteChosen);
		super.dispose();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	// what the engineer sees, for tests

	public TableViewer table() {
		return table;
	}

	public List<RecommendationRow> rows() {
		Object input = table.getInput();
		@SuppressWarnings("unchecked")
		List<RecommendationRow> rows = input instanceof List<?> list ? (List<RecommendationRow>) list : List.of();
		return rows;
	}

	public String contractText() {
		return contract.getText();
	}

	public String messageText() {
		return message.getText();
	}

	public Button proposeButton() {
		return propose;
	}

	public Button approveButton() {
		return approve;
	}

	public Button declineButton() {
		return decline;
	}

	public int readsShown() {
		return readsDone.get();
	}
}
