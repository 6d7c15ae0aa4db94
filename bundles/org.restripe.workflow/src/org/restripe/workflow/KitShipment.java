package org.restripe.workflow;

/** The kit shipped to a new client: the equipment and the logical implementation (the kit) with it. */
public record KitShipment(int id, int requestId, String equipment, String kit, String carrierReference,
		String shippedBy) {
}
