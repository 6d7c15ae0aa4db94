package org.restripe.ui.monitoring;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Stops the site monitoring and closes the poller's socket when the workbench shuts down. */
public final class MonitoringPlugin implements BundleActivator {
	@Override
	public void start(BundleContext context) {
		// nothing to start: the poller opens with the first poll
	}

	@Override
	public void stop(BundleContext context) {
		SiteMonitoring.get().close();
	}
}
