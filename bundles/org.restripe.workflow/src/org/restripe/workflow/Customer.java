package org.restripe.workflow;

/** A customer of the solutions center, routed to a regional center by its region. */
public record Customer(String id, String name, String region) {
	public Customer {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A customer needs an id");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Customer " + id + " needs a name");
		}
		if (region == null || region.isBlank()) {
			throw new IllegalArgumentException("Customer " + name + " needs a region (it decides the regional center)");
		}
	}
}
