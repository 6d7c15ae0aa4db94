package org.restripe.ui.diagram.commands;

import org.restripe.model.Host;
import org.restripe.model.Lan;
import org.restripe.model.ManagementHost;
import org.restripe.model.StorageUnit;

/** The connections an engineer draws between nodes, and which ends each allows. */
public enum LinkKind {
	/** A host port or channel of a storage unit cabled to a host. */
	CHANNEL("Channel"),
	/** A host's or the management host's Ethernet port on a LAN. */
	LAN_LINK("LAN link"),
	/** A serial line from the management host to a storage unit's console. */
	CONSOLE_LINK("Console link");

	private final String label;

	LinkKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether a link of this kind may start at that element (where the engineer begins the drag). */
	public boolean canStartAt(Object element) {
		return switch (this) {
		case CHANNEL -> element instanceof StorageUnit || element instanceof Host;
		case LAN_LINK -> element instanceof Host || element instanceof ManagementHost || element instanceof Lan;
		case CONSOLE_LINK -> element instanceof ManagementHost || element instanceof StorageUnit;
		};
	}

	/** Whether a link may join those two, in either direction. */
	public boolean canJoin(Object a, Object b) {
		return switch (this) {
		case CHANNEL -> a instanceof StorageUnit && b instanceof Host || b instanceof StorageUnit && a instanceof Host;
		case LAN_LINK -> (a instanceof Host || a instanceof ManagementHost) && b instanceof Lan
				|| (b instanceof Host || b instanceof ManagementHost) && a instanceof Lan;
		case CONSOLE_LINK -> a instanceof ManagementHost && b instanceof StorageUnit
				|| b instanceof ManagementHost && a instanceof StorageUnit;
		};
	}
}
