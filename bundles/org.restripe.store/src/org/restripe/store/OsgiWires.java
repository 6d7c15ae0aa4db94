package org.restripe.store;

/**
 * Class loading through OSGi wires, used only when the store runs as a bundle; on a flat class path the
 * OSGi classes are absent and nothing here is touched but {@link #inOsgi}.
 */
final class OsgiWires {
	private OsgiWires() {
	}

	static boolean inOsgi(Class<?> ours) {
		try {
			Class.forName("org.osgi.framework.FrameworkUtil", false, ours.getClassLoader());
			return Loader.bundleOf(ours);
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** Loads {@code className} through the class loader of the bundle {@code ours} requires by that name. */
	static Class<?> loadFromRequiredBundle(Class<?> ours, String symbolicName, String className)
			throws ClassNotFoundException {
		return Loader.load(ours, symbolicName, className);
	}

	/** Kept apart so that OSGi types are resolved only once we know they exist. */
	private static final class Loader {
		static boolean bundleOf(Class<?> ours) {
			return org.osgi.framework.FrameworkUtil.getBundle(ours) != null;
		}

		static Class<?> load(Class<?> ours, String symbolicName, String className) throws ClassNotFoundException {
			org.osgi.framework.Bundle self = org.osgi.framework.FrameworkUtil.getBundle(ours);
			org.osgi.framework.wiring.BundleWiring wiring = self.adapt(org.osgi.framework.wiring.BundleWiring.class);
			for (org.osgi.framework.wiring.BundleWire wire : wiring
					.getRequiredWires("osgi.wiring.bundle")) {
				if (symbolicName.equals(wire.getProvider().getSymbolicName())) {
					return wire.getProviderWiring().getClassLoader().loadClass(className);
				}
			}
			throw new ClassNotFoundException(className + ": bundle " + symbolicName + " is not wired to "
					+ self.getSymbolicName());
		}
	}
}
