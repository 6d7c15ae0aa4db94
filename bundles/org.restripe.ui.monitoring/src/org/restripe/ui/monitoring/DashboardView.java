package org.restripe.ui.monitoring;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.swt.ChartComposite;
import org.restripe.store.StoreException;
import org.restripe.ui.views.SiteFile;

/**
 * A site's monitoring at a glance: capacity over time per volume with the forecast line, its prediction band
 * and days-until-full, and the load per port of each subsystem. The site is chosen here or in the Sites view;
 * Poll Now and Start/Stop Monitoring poll its SNMP targets as jobs, and the charts follow when samples land.
 */
public class DashboardView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.monitoring.dashboard";
	private static final String SITES_VIEW = "org.restripe.ui.views.siteNavigator";

	private Combo site;
	private Label contract;
	private Label targets;
	private Label message;
	private Button pollNow;
	private Button monitor;
	private Table volumes;
	private Label fill;
	private Label portShare;
	private final CapacityChart capacity = new CapacityChart();
	private final PortLoadChart ports = new PortLoadChart();
	private DashboardState state;
	private String shownVolume;
	private final AtomicInteger reads = new AtomicInteger();
	private final AtomicInteger readsDone = new AtomicInteger();
	private final Consumer<String> landed = s -> ui(() -> {
		if (s.equals(chosenSite())) {
			refresh();
		}
	});
	private final Runnable monitoringChanged = () -> ui(this::updateButtons);
	private final ISelectionListener sitesSelection = this::sitesSelectionChanged;
	private final Consumer<String> siteChosen = this::choose;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(parent);
		createSiteRow(parent);
		contract = wideLabel(parent);
		targets = wideLabel(parent);
		message = wideLabel(parent);
		createVolumes(parent);
		createCharts(parent);
		SiteMonitoring.get().onSamplesLanded(landed);
		SiteMonitoring.get().onMonitoringChanged(monitoringChanged);
		getSite().getPage().addSelectionListener(SITES_VIEW, sitesSelection);
		SiteMonitoring.get().onSiteChosen(siteChosen);
		refresh();
	}

	private void createSiteRow(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText("Site:");
		site = new Combo(row, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(site);
		site.addListener(SWT.Selection, e -> {
			shownVolume = null;
			message.setText("");
			SiteMonitoring.get().siteChosen(chosenSite());
			refresh();
		});
		pollNow = button(row, "Poll Now", "Poll the site's SNMP targets once and store what they read");
		pollNow.addListener(SWT.Selection, e -> pollNow());
		monitor = button(row, "Start Monitoring", "Poll the site's targets every so often until stopped (Option 3)");
		monitor.addListener(SWT.Selection, e -> toggleMonitoring());
		button(row, "Targets...", "The site's SNMP agents (HOST:PORT) and community").addListener(SWT.Selection,
				e -> editTargets());
	}

	private static Button button(Composite parent, String text, String tip) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		return button;
	}

	private static Label wideLabel(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}

	private void createVolumes(Composite parent) {
		volumes = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		volumes.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 80).applyTo(volumes);
		for (String[] column : new String[][] { { "Volume", "140" }, { "Used", "220" }, { "Forecast", "420" } }) {
			TableColumn c = new TableColumn(volumes, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		volumes.addListener(SWT.Selection, e -> {
			if (volumes.getSelectionCount() == 1) {
				shownVolume = volumes.getSelection()[0].getText(0);
				showVolume();
			}
		});
	}

	private void createCharts(Composite parent) {
		SashForm charts = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(charts);
		Composite left = column(charts);
		fill = wideLabel(left);
		chart(left, capacity.chart());
		Composite right = column(charts);
		portShare = wideLabel(right);
		chart(right, ports.chart());
		charts.setWeights(3, 2);
	}

	private static Composite column(Composite parent) {
		Composite column = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(column);
		return column;
	}

	private static void chart(Composite parent, org.jfree.chart.JFreeChart chart) {
		// no Save (ChartComposite 1.0 saves through a JFreeChart 1.0 class 1.5 renamed), no editor, no print
		ChartComposite composite = new ChartComposite(parent, SWT.NONE, chart, false, false, false, true, true);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 220).applyTo(composite);
	}

	/** Re-reads the chosen site's state in a job; the view follows when it is read. */
	public void refresh() {
		String chosen = chosenSite();
		int generation = reads.incrementAndGet();
		Job read = new Job("Read the monitoring of " + (chosen == null ? "the sites" : "site " + chosen)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					DashboardState read = DashboardState.read(chosen);
					ui(() -> show(read, generation));
				} catch (StoreException | RuntimeException e) {
					ui(() -> showError("Cannot read the monitoring of " + chosen + ": " + e.getMessage(), generation));
				}
				return Status.OK_STATUS;
			}
		};
		read.setSystem(false);
		read.schedule();
	}

	private void show(DashboardState read, int generation) {
		if (site.isDisposed() || generation != reads.get()) {
			return; // a later read is under way: this one is not shown, nor counted as shown
		}
		try {
			state = read;
			SiteCombo.show(site, read.sites(), read.site());
			contract.setText(read.contract() == null ? "No site yet: add a site file or monitor one from the command line"
					: read.contract().words());
			showTargets();
			showVolumes();
			ports.show(read.dashboard() == null ? List.of() : read.dashboard().ports());
			portShare.setText(read.dashboard() == null || read.dashboard().ports().isEmpty() ? "No port load read yet"
					: String.join("\n", read.dashboard().ports().stream().map(PortLoad::shareText).toList()));
			updateButtons();
			site.getParent().getParent().layout(true, true);
		} finally {
			readsDone.incrementAndGet();
		}
	}

	private void showError(String text, int generation) {
		if (generation != reads.get()) {
			return; // a later read is under way
		}
		if (!message.isDisposed()) {
			message.setText(text);
			statusLine(text, true);
		}
		readsDone.incrementAndGet();
	}

	private void showTargets() {
		String chosen = chosenSite();
		if (chosen == null) {
			targets.setText("");
			return;
		}
		try {
			List<String> set = MonitoringPreferences.targets(chosen);
			targets.setText(set.isEmpty() ? "No SNMP targets set for " + chosen + ": set them with Targets..."
					: "SNMP targets: " + String.join(" ", set) + " (v2c, community " + MonitoringPreferences.community(chosen)
							+ ")");
		} catch (IllegalArgumentException e) {
			targets.setText("The SNMP targets kept for " + chosen + " are not readable: " + e.getMessage());
		}
	}

	private void showVolumes() {
		volumes.removeAll();
		List<VolumeCapacity> all = state.dashboard() == null ? List.of() : state.dashboard().volumes();
		for (VolumeCapacity v : all) {
			TableItem item = new TableItem(volumes, SWT.NONE);
			item.setText(new String[] { v.volume(), v.usedText(), v.fillText() });
			item.setData(v);
		}
		if (all.stream().noneMatch(v -> v.volume().equals(shownVolume))) {
			// the soonest to fill first: that is the one the engineer came to see
			shownVolume = all.stream().filter(v -> v.forecast().isPresent())
					.min((a, b) -> Double.compare(a.forecast().get().days(), b.forecast().get().days()))
					.or(() -> all.stream().findFirst()).map(VolumeCapacity::volume).orElse(null);
		}
		showVolume();
	}

	private void showVolume() {
		VolumeCapacity shown = volume(shownVolume);
		for (int i = 0; i < volumes.getItemCount(); i++) {
			if (volumes.getItem(i).getData() == shown) {
				volumes.setSelection(i);
			}
		}
		capacity.show(shown, state.readAtMillis());
		fill.setText(shown == null ? "No used space read yet" : shown.fillText());
	}

	private VolumeCapacity volume(String name) {
		if (state == null || state.dashboard() == null) {
			return null;
		}
		return state.dashboard().volumes().stream().filter(v -> v.volume().equals(name)).findFirst().orElse(null);
	}

	private void updateButtons() {
		if (monitor.isDisposed()) {
			return;
		}
		String chosen = chosenSite();
		boolean running = chosen != null && SiteMonitoring.get().isMonitoring(chosen);
		boolean covered = state != null && state.contract() != null && state.contract().monitored();
		pollNow.setEnabled(chosen != null && !running);
		monitor.setText(running ? "Stop Monitoring" : "Start Monitoring");
		monitor.setEnabled(chosen != null && (running || covered));
		monitor.getParent().layout(true);
	}

	private void pollNow() {
		String chosen = chosenSite();
		message.setText("Polling " + chosen + "...");
		SiteMonitoring.get().pollNow(chosen, this::followOutcome);
	}

	private void toggleMonitoring() {
		String chosen = chosenSite();
		if (SiteMonitoring.get().isMonitoring(chosen)) {
			SiteMonitoring.get().stop(chosen);
			message.setText("Stopping the monitoring of " + chosen + "...");
		} else {
			message.setText("Monitoring " + chosen + " every " + MonitoringPreferences.every().toSeconds() + " s");
			SiteMonitoring.get().start(chosen, this::followOutcome);
		}
		updateButtons();
	}

	/** Shows each round's outcome and the job's end in the view and the status line. */
	private void followOutcome(SitePollJob job) {
		job.onOutcome(o -> ui(() -> outcome(job.site, o)));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				SitePollJob.Outcome o = job.outcome();
				ui(() -> {
					if (event.getResult().getSeverity() == IStatus.CANCEL) {
						outcome(job.site, new SitePollJob.Outcome("Monitoring of " + job.site + " stopped", false));
					} else if (o != null) {
						outcome(job.site, o);
					}
					updateButtons();
				});
			}
		});
	}

	/** In the status line whichever site it is of; in the view only while that site is shown. */
	private void outcome(String of, SitePollJob.Outcome o) {
		if (!message.isDisposed()) {
			if (of.equals(chosenSite())) {
				message.setText(o.words());
			}
			statusLine(o.words(), o.failed());
		}
	}

	private void statusLine(String text, boolean error) {
		var line = getViewSite().getActionBars().getStatusLineManager();
		if (error) {
			line.setErrorMessage(text);
		} else {
			line.setErrorMessage(null);
			line.setMessage(text);
		}
	}

	private void editTargets() {
		String chosen = chosenSite();
		if (chosen == null) {
			return;
		}
		TargetsDialog dialog = new TargetsDialog(getSite().getShell(), chosen);
		if (dialog.open() == Window.OK) {
			showTargets();
		}
	}

	private void sitesSelectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof SiteFile file) {
			choose(file.siteName());
		}
	}

	/** Shows this site (the Sites view's selection does the same). */
	public void choose(String siteName) {
		if (siteName != null && !site.isDisposed() && !siteName.equals(chosenSite())) {
			if (site.indexOf(siteName) < 0) {
				site.add(siteName);
			}
			site.select(site.indexOf(siteName));
			SiteMonitoring.get().siteChosen(siteName);
			shownVolume = null;
			message.setText("");
			refresh();
		}
	}

	private String chosenSite() {
		if (site == null || site.isDisposed()) {
			return null;
		}
		int index = site.getSelectionIndex();
		return index < 0 ? null : site.getItem(index);
	}

	private void ui(Runnable r) {
		Display display = site == null || site.isDisposed() ? null : site.getDisplay();
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
		SiteMonitoring.get().removeSamplesListener(landed);
		SiteMonitoring.get().removeMonitoringListener(monitoringChanged);
		getSite().getPage().removeSelectionListener(SITES_VIEW, sitesSelection);
		SiteMonitoring.get().removeSiteListener(siteChosen);
		super.dispose();
	}

	@Override
	public void setFocus() {
		site.setFocus();
	}

	// what the engineer sees, for tests

	public Combo siteCombo() {
		return site;
	}

	public Button pollNowButton() {
		return pollNow;
	}

	public Button monitorButton() {
		return monitor;
	}

	public Table volumeTable() {
		return volumes;
	}

	public String fillText() {
		return fill.getText();
	}

	public String contractText() {
		return contract.getText();
	}

	public String messageText() {
		return message.getText();
	}

	public String portShareText() {
		return portShare.getText();
	}

	public CapacityChart capacityChart() {
		return capacity;
	}

	public PortLoadChart portLoadChart() {
		return ports;
	}

	/** How many reads the view has shown (or shown the failure of); a read a later one overtook is not counted. */
	public int readsShown() {
		return readsDone.get();
	}
}
