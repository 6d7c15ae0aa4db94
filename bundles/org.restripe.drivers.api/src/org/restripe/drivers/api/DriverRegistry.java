package org.restripe.drivers.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The drivers known to this process. Outside OSGi (plain tests, the flat-classpath CLI) drivers are found
 * with {@link ServiceLoader}; inside the workbench they arrive as OSGi services and are added here.
 */
public final class DriverRegistry {
	private final List<ArrayDriver> drivers = new ArrayList<>();

	/** A registry of every driver that {@code loader} can find through META-INF/services. */
	public static DriverRegistry fromServiceLoader(ClassLoader loader) {
		DriverRegistry registry = new DriverRegistry();
		ServiceLoader.load(ArrayDriver.class, loader).forEach(registry::add);
		return registry;
	}

	public synchronized void add(ArrayDriver driver) {
		drivers.add(driver);
	}

	public synchronized void remove(ArrayDriver driver) {
		drivers.remove(driver);
	}

	public synchronized List<ArrayDriver> drivers() {
		return List.copyOf(drivers);
	}

	/** The driver that recognises the array whose {@code ver} printed {@code verOutput}. */
	public synchronized Optional<ArrayDriver> driverFor(String verOutput) {
		return drivers.stream().filter(d -> d.identify(verOutput).isPresent()).findFirst();
	}
}
