package org.restripe.drivers.ds8000;

import static org.restripe.drivers.ds8000.DsCliSpelling.*;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Rollback;
import org.restripe.drivers.api.Step;
import org.restripe.model.CkdType;
import org.restripe.model.sizing.Capacities;

/**
 * Renders planned steps as DS CLI command lines and the persons' steps around them. Every spelling comes
 * from {@link DsCliSpelling}; this class decides which lines a step takes, what proves it and how it is undone.
 */
final class DsRenderer {
	private static final Rollback BY_VISIT = Rollback.none("hardware: undone only by another site visit");

	RenderedStep render(Step step) {
		return switch (step.operation()) {
		case ADD_CKD_DEVICE -> addVolume(step);
		case REMOVE_CKD_DEVICE -> command(step, RMCKDVOL.with("id", id(step)), listed(step, false, ""),
				Rollback.none(Rollback.DATA_DESTROYED));
		case EXPAND_CKD_DEVICE -> expand(step);
		case VARY_CKD_OFFLINE -> vary(step, VARY_OFFLINE, "offline", VARY_ONLINE);
		case VARY_CKD_ONLINE -> vary(step, VARY_ONLINE, "online", VARY_OFFLINE);
		case ADD_PORT -> addPort(step);
		case CONFIRM_BACKUP -> person(step, "STOP: confirm that a verified backup of " + step.from("volumes") + " on "
				+ step.unitName() + " exists; the following steps destroy that data",
				Check.byEngineer("the engineer confirmed the backup"), Rollback.none("nothing to undo"));
		default -> throw new IllegalArgumentException("The DS8000 driver does not render '" + step.operation().label()
				+ "' (" + step.targetName() + " on " + step.unitName() + "): Restripe changes only CKD volumes and I/O"
				+ " ports of a DS8000");
		};
	}

	private RenderedStep addVolume(Step step) {
		CkdType type = type(step.to("deviceType"));
		String line = MKCKDVOL.with(Map.of("pool", step.to("volumeName"), "datatype", DsCliDriver.dataType(type),
				"cylinders", cylinders(type), "name", step.targetName(), "id", id(step)));
		return command(step, line, listed(step, true, cylinders(type)),
				Rollback.by(List.of(CommandLine.of(RMCKDVOL.with("id", id(step)))), "remove the new, still empty volume"));
	}

	/** Dynamic volume expansion: only to more cylinders of the same family; anything else is remove and add. */
	private RenderedStep expand(Step step) {
		CkdType from = type(step.from("deviceType"));
		CkdType to = type(step.to("deviceType"));
		if (!DsCliDriver.dataType(from).equals(DsCliDriver.dataType(to))
				|| Capacities.cylinders(to) <= Capacities.cylinders(from)) {
			throw new IllegalArgumentException("chckdvol only grows a volume within its family: " + id(step) + " "
					+ from.getLiteral() + " to " + to.getLiteral() + " must be removed and made again");
		}
		return command(step, CHCKDVOL_CAP.with(Map.of("cylinders", cylinders(to), "id", id(step))),
				listed(step, true, cylinders(to)), Rollback.none("no rollback: a CKD volume cannot shrink; it keeps its "
						+ "data at " + to.getLiteral() + " (" + cylinders(to) + " cylinders)"));
	}

	private RenderedStep vary(Step step, DsCliSpelling command, String state, DsCliSpelling inverse) {
		String device = step.value("deviceNumber");
		String hosts = step.value("hosts").replace(",", ", ");
		return person(step, "OPERATORS: on each mainframe host that sees device " + device + " (" + hosts + ") enter "
				+ command.with("device", device) + " and confirm it is " + state,
				Check.byEngineer("the operators of " + hosts + " confirm device " + device + " is " + state),
				Rollback.none("the operators enter " + inverse.with("device", device) + " on " + hosts));
	}

	/** A FICON channel is cabled by a person, then its I/O port set to the FICON topology. */
	private RenderedStep addPort(Step step) {
		String port = step.targetName();
		String kind = step.to("kind");
		String cabling = "SITE VISIT: cable I/O port " + port + " of " + step.unitName() + " to the " + kind.toUpperCase()
				+ " channel of host " + step.to("hostName");
		if (!"ficon".equals(kind)) {
			return person(step, cabling, Check.byEngineer("the site confirms the cabling"), BY_VISIT);
		}
		Check topology = new Check(LSIOPORT.template(), "^" + q(port) + "\\s.*\\s" + TOPO_FICON.template() + "\\b", true,
				"lsioport shows " + port + " with topology FICON");
		Rollback back = Rollback.by(List.of(CommandLine.of(SETIOPORT_SCSI_FCP.with("port", port))),
				"set the port back to SCSI-FCP; its cable comes out only at another site visit");
		return new RenderedStep(step, List.of(CommandLine.of(SETIOPORT_FICON.with("port", port))), cabling, topology, back);
	}

	/** lsckdvol lists the volume by its ID (with that capacity in cylinders), or no longer lists it. */
	private static Check listed(Step step, boolean present, String cylinders) {
		String id = id(step);
		if (!present) {
			return new Check(LSCKDVOL.template(), "^\\S+\\s+" + q(id) + "\\s", false, "lsckdvol no longer shows " + id);
		}
		return new Check(LSCKDVOL.template(), "^\\S+\\s+" + q(id) + "\\s.*\\s" + q(cylinders) + "[ \\t]*$", true,
				"lsckdvol shows " + id + " with " + cylinders + " cylinders");
	}

	/** The volume ID: the LCU and the unit address, e.g. 0A00 (the model's device number). */
	private static String id(Step step) {
		String id = step.value("deviceNumber").toUpperCase();
		if (!id.matches("[0-9A-F]{4}")) {
			throw new IllegalArgumentException("CKD device " + step.targetName() + " on " + step.unitName()
					+ " has device number '" + id + "'; a DS8000 volume ID is four hex digits, LCU and address (0A00)");
		}
		return id;
	}

	private static CkdType type(String literal) {
		CkdType type = CkdType.get(literal);
		if (type == null) {
			throw new IllegalArgumentException("Unknown CKD device type '" + literal + "'");
		}
		return type;
	}

	private static String cylinders(CkdType type) {
		return Integer.toString(Capacities.cylinders(type));
	}

	private static RenderedStep command(Step step, String line, Check check, Rollback rollback) {
		return new RenderedStep(step, List.of(CommandLine.of(line)), "", check, rollback);
	}

	private static RenderedStep person(Step step, String instruction, Check check, Rollback rollback) {
		return new RenderedStep(step, List.of(), instruction, check, rollback);
	}

	private static String q(String text) {
		return Pattern.quote(text);
	}
}
