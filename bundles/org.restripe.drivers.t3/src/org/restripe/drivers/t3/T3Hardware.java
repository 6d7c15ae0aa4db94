package org.restripe.drivers.t3;

import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Rollback;
import org.restripe.drivers.api.Step;

/** Steps done by hands at the site: what to tell the person there and how the array confirms it. */
final class T3Hardware {
	private static final Rollback BY_VISIT = Rollback.none("hardware: undone only by another site visit");

	RenderedStep render(Step step) {
		String unit = step.unitName();
		return switch (step.operation()) {
		case ADD_STORAGE_UNIT -> T3Renderer.instruction(step, "SITE VISIT: install " + step.to("catalogModel")
				+ " array " + unit + " (firmware " + step.to("firmware") + ") and wire its console",
				new Check(T3Spelling.VER.template(), "Release", true, "the new array answers ver"), BY_VISIT);
		case MOVE_STORAGE_UNIT -> T3Renderer.instruction(step, "SITE VISIT: recable array " + unit
				+ " from subsystem " + step.from("subsystem") + " to " + step.to("subsystem"),
				Check.byEngineer("the site confirms the cabling"), BY_VISIT);
		case ADD_TRAY -> T3Renderer.instruction(step, "SITE VISIT: add tray " + step.targetName() + " to " + unit
				+ " with " + step.to("disks").split(";").length + " disks", fruListed(step.to("firstDisk")), BY_VISIT);
		case ADD_DISK -> T3Renderer.instruction(step, "SITE VISIT: insert disk " + step.targetName() + " ("
				+ gigabytes(step.to("size")) + ") into slot " + step.to("slot") + trayOf(step) + " of " + unit,
				fruListed(step.targetName()), BY_VISIT);
		case ADD_PORT -> T3Renderer.instruction(step, "SITE VISIT: cable port " + step.targetName() + " of " + unit
				+ " to host " + step.to("hostName"), portListed(step.targetName()), BY_VISIT);
		case RECABLE_PORT -> T3Renderer.instruction(step, "SITE VISIT: recable port " + step.targetName() + " of "
				+ unit + " from host " + step.from("hostName") + " to " + step.to("hostName"),
				portListed(step.targetName()), BY_VISIT);
		case ADD_HOST -> T3Renderer.instruction(step, "SITE VISIT: connect host " + step.to("hostName") + " to "
				+ unit + ": cable its HBA to the array (or zone it on the switch) and confirm the host sees the array;"
				+ " no LUN is mapped to it before", Check.byEngineer("the site confirms the host is connected"), BY_VISIT);
		default -> throw new IllegalArgumentException(step.operation() + " is not a hardware step");
		};
	}

	/** "36.4 GB": the size a person at the site reads on the drive's label, not a count of bytes. */
	private static String gigabytes(String bytes) {
		try {
			return String.format(java.util.Locale.ROOT, "%.1f GB", Long.parseLong(bytes) / 1e9);
		} catch (NumberFormatException e) {
			return bytes + " bytes";
		}
	}

	/** " of tray u1", when the plan names the tray (kits planned before it did not). */
	private static String trayOf(Step step) {
		String tray = step.to("trayName");
		return tray == null || tray.isEmpty() ? "" : " of tray " + tray;
	}

	private static Check fruListed(String name) {
		return new Check(T3Spelling.FRU_LIST.template(), "^" + T3Renderer.q(name) + "\\s", true,
				"fru list shows " + name);
	}

	private static Check portListed(String name) {
		return new Check(T3Spelling.PORT_LIST.template(), "^" + T3Renderer.q(name) + "\\s.*\\bonline\\b", true,
				"port list shows " + name + " online");
	}
}
