package org.restripe.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.restripe.model.Host;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;

/**
 * What the rules look at. The technical rules check the site that is to exist: the desired site when
 * one is given, else the current one. The current site is there for rules about changes.
 */
public final class ReviewContext {

	private final Site current;
	private final Site desired;
	private final Contract contract;
	private final DeviceCatalog catalog;
	private final List<StorageUnit> units = new ArrayList<>();
	private final Set<Host> hosts = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<StorageUnit> unitSet = Collections.newSetFromMap(new IdentityHashMap<>());

	public ReviewContext(Site current, Site desired, Contract contract, DeviceCatalog catalog) {
		if (current == null) {
			throw new IllegalArgumentException("The current site is required");
		}
		this.current = current;
		this.desired = desired;
		this.contract = contract;
		this.catalog = catalog;
		for (Subsystem subsystem : site().getSubsystems()) {
			units.addAll(subsystem.getStorageUnits());
		}
		hosts.addAll(site().getHosts());
		unitSet.addAll(units);
	}

	/** The site under review: the desired one if given, else the current one. */
	public Site site() {
		return desired != null ? desired : current;
	}

	public Site current() {
		return current;
	}

	public Optional<Site> desired() {
		return Optional.ofNullable(desired);
	}

	public Optional<Contract> contract() {
		return Optional.ofNullable(contract);
	}

	public DeviceCatalog catalog() {
		return catalog;
	}

	/** Every storage unit of the site under review, subsystem by subsystem. */
	public List<StorageUnit> units() {
		return Collections.unmodifiableList(units);
	}

	/** Whether this very host object belongs to the site under review. */
	public boolean isSiteHost(Host host) {
		return host != null && hosts.contains(host);
	}

	/** Whether this very storage unit belongs to the site under review. */
	public boolean isSiteUnit(StorageUnit unit) {
		return unit != null && unitSet.contains(unit);
	}

	/** The catalog entry of the unit, empty when the unit names no model the catalog knows. */
	public Optional<ArrayModel> model(StorageUnit unit) {
		return catalog.find(unit.getCatalogModel());
	}
}
