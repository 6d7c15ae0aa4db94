package org.restripe.workflow;

import java.util.List;

/**
 * What the intake collects from a new client (FIG. 3): who they are, their site and where it is, the services
 * asked for and the equipment needed.
 */
public record NewClient(Customer customer, String siteName, String location, String services,
		List<Equipment.Need> equipment, String summary) {
	public NewClient {
		if (customer == null) {
			throw new IllegalArgumentException("the customer is missing");
		}
		equipment = equipment == null ? List.of() : List.copyOf(equipment);
	}
}
