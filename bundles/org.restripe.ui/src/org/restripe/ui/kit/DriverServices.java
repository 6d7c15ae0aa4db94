package org.restripe.ui.kit;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.DriverRegistry;

/**
 * The array drivers registered as OSGi services (each dialect bundle declares its driver as a Declarative
 * Services component), gathered into a {@link DriverRegistry} for one piece of work. ServiceLoader cannot be
 * used here: inside OSGi it does not see META-INF/services across bundles. Closing gives the services back.
 */
public final class DriverServices implements AutoCloseable {
	private final BundleContext context;
	private final List<ServiceReference<ArrayDriver>> used = new ArrayList<>();
	private final DriverRegistry registry = new DriverRegistry();

	private DriverServices(BundleContext context) {
		this.context = context;
	}

	/** The drivers registered now; a dialect bundle installed later is seen by the next call. */
	public static DriverServices open() {
		BundleContext context = FrameworkUtil.getBundle(DriverServices.class).getBundleContext();
		if (context == null) {
			throw new IllegalStateException("the workbench bundle is not active, so no driver services can be found");
		}
		DriverServices services = new DriverServices(context);
		try {
			for (ServiceReference<ArrayDriver> ref : context.getServiceReferences(ArrayDriver.class, null)) {
				ArrayDriver driver = context.getService(ref);
				if (driver != null) { // null when the driver's bundle stopped between the lookup and now
					services.used.add(ref);
					services.registry.add(driver);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException("a null filter cannot be invalid", e);
		}
		return services;
	}

	public DriverRegistry registry() {
		return registry;
	}

	@Override
	public void close() {
		used.forEach(context::ungetService);
		used.clear();
	}
}
