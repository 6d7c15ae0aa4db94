package org.restripe.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.restripe.model.ServiceLevel;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.Sample;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.monitoring.MonitoringPerspective;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Customer;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.Routing;

/** What the monitoring tests share: the Monitoring perspective, a year of samples for a filling volume, a contract. */
final class MonitoringBench {
	static final double GB = 1024.0 * 1024 * 1024;
	static final String TARGET = "127.0.0.1/16161";

	private MonitoringBench() {
	}

	static IWorkbenchPage monitoringPerspective() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(MonitoringPerspective.ID));
		return page;
	}

	static SampleStore store() {
		return new SampleStore(RestripeUi.database()::connect);
	}

	/**
	 * A year of a volume's used space read twice a day, growing {@code perDay} GB a day from {@code startGb} with a
	 * wobble of up to {@code wobbleGb} (a fixed pattern, not random: the test must say the same thing every run),
	 * and its size read daily, through the SampleStore as the poller would have stored them.
	 */
	static void seedFillingVolume(String site, String volume, double sizeGb, double startGb, double perDay,
			double wobbleGb, Instant now) throws StoreException {
		SeriesKey used = new SeriesKey(site, TARGET, volume, Metric.USED_BYTES);
		SeriesKey size = new SeriesKey(site, TARGET, volume, Metric.SIZE_BYTES);
		List<Sample> samples = new ArrayList<>();
		for (int half = 0; half < 2 * 365; half++) {
			double daysAgo = 365 - half / 2.0;
			Instant at = now.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60)));
			double day = half / 2.0;
			double wobble = wobbleGb * Math.sin(half * 1.7) * Math.cos(half * 0.31);
			samples.add(new Sample(used, at, (startGb + perDay * day + wobble) * GB));
			if (half % 2 == 0) {
				samples.add(new Sample(size, at, sizeGb * GB));
			}
		}
		store().write(samples);
	}

	/** A customer holding the site under a paid contract of this level, valid from a month ago for a year. */
	static void contract(String customerId, String site, ServiceLevel level) throws StoreException {
		RequestDesk desk = new RequestDesk(RestripeUi.database());
		desk.saveCustomer(new Customer(customerId, "Customer " + customerId, "EMEA"));
		new Routing(RestripeUi.database()).saveSite(customerId, site, "Leeds");
		LocalDate today = LocalDate.now();
		new Contracts(RestripeUi.database()).create(new Contracts.Terms(null, customerId, level, today.minusDays(30),
				today.plusDays(335), null), "monitoring test");
	}

	/** The button labelled {@code label} in the shell. */
	static org.eclipse.swt.widgets.Button button(Control control, String label) {
		if (control instanceof org.eclipse.swt.widgets.Button button && label.equals(button.getText().replace("&", ""))) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Button found = button(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The first text field in the shell (an InputDialog's answer). */
	static Text firstText(Control control) {
		if (control instanceof Text text) {
			return text;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = firstText(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
