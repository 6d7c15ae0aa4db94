package org.restripe.connect.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/** The arrays of a site that a driver speaks for, each with its driver: what discovery and a run can reach. */
public final class SiteArrays {
	private SiteArrays() {
	}

	/** One array of the site and the driver of its family. */
	public record SiteArray(StorageUnit unit, ArrayDriver driver) {
		public String name() {
			return unit.getName();
		}
	}

	public static List<SiteArray> of(Site site, DriverRegistry drivers) {
		List<SiteArray> arrays = new ArrayList<>();
		for (Subsystem subsystem : site.getSubsystems()) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				driverOf(unit, drivers).ifPresent(d -> arrays.add(new SiteArray(unit, d)));
			}
		}
		return arrays;
	}

	public static Optional<ArrayDriver> driverOf(StorageUnit unit, DriverRegistry drivers) {
		return drivers.drivers().stream().filter(d -> d.speaksFor(unit.getCatalogModel())).findFirst();
	}

	public static Optional<SiteArray> named(Site site, DriverRegistry drivers, String name) {
		return of(site, drivers).stream().filter(a -> a.name().equals(name)).findFirst();
	}
}
