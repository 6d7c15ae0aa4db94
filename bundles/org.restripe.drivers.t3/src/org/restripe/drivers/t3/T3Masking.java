package org.restripe.drivers.t3;

import static org.restripe.drivers.t3.T3Spelling.LUN_MAP_REMOVE;
import static org.restripe.drivers.t3.T3Spelling.LUN_PERM;
import static org.restripe.drivers.t3.T3Spelling.LUN_PERM_LIST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Rollback;
import org.restripe.drivers.api.Step;

/**
 * Mapping and unmapping a slice where the array masks LUNs (6120, T3+ 2.1 with slicing): the LUN map
 * presents the slice under a LUN number, {@code lun perm} lets the host's WWNs see it. A mapping is granted
 * after it is made and withdrawn before it is removed, so no other initiator sees the LUN in between; the
 * check reads {@code lun perm list}. Without a WWN in the design the LUN map alone is typed, as before.
 */
final class T3Masking {
	private T3Masking() {
	}

	static RenderedStep map(Step step) {
		String number = step.to("lunNumber");
		List<String> wwns = wwns(step);
		List<CommandLine> lines = new ArrayList<>();
		lines.add(CommandLine.of(T3Renderer.mapLine(step)));
		wwns.forEach(w -> lines.add(perm(number, "rw", w)));
		List<CommandLine> undo = new ArrayList<>();
		wwns.forEach(w -> undo.add(perm(number, "none", w)));
		undo.add(CommandLine.of(LUN_MAP_REMOVE.with("lunNumber", number)));
		Check check = wwns.isEmpty() ? T3Renderer.mapCheck(step, true) : granted(number, wwns);
		return new RenderedStep(step, lines, "", check, Rollback.by(undo, "withdraw the access and unmap it again"));
	}

	static RenderedStep unmap(Step step) {
		String number = step.from("lunNumber");
		List<String> wwns = wwns(step);
		List<CommandLine> lines = new ArrayList<>();
		wwns.forEach(w -> lines.add(perm(number, "none", w)));
		lines.add(CommandLine.of(LUN_MAP_REMOVE.with("lunNumber", number)));
		List<CommandLine> undo = new ArrayList<>();
		undo.add(CommandLine.of(T3Renderer.mapLine(step)));
		wwns.forEach(w -> undo.add(perm(number, "rw", w)));
		Check check = wwns.isEmpty() ? T3Renderer.mapCheck(step, false)
				: new Check(LUN_PERM_LIST.template(), "^\\s*" + T3Renderer.q(number) + "\\s+\\d+\\s", false,
						"lun perm list no longer shows LUN " + number);
		return new RenderedStep(step, lines, "", check, Rollback.by(undo, "map it again and grant its access"));
	}

	private static List<String> wwns(Step step) {
		String wwns = step.value("wwns");
		return wwns.isEmpty() ? List.of() : Arrays.asList(wwns.split(","));
	}

	private static CommandLine perm(String number, String access, String wwn) {
		return CommandLine.of(LUN_PERM.with(Map.of("lunNumber", number, "access", access, "wwn", wwn)));
	}

	/** lun perm list shows LUN N read-write (its effective permission, the last column) for every WWN. */
	private static Check granted(String number, List<String> wwns) {
		StringBuilder pattern = new StringBuilder("\\A");
		for (String wwn : wwns) {
			pattern.append("(?=[\\s\\S]*^\\s*").append(T3Renderer.q(number)).append("\\s+\\d+\\s+")
					.append(T3Renderer.q(wwn)).append("\\s[^\\n]*\\srw\\s*$)");
		}
		return new Check(LUN_PERM_LIST.template(), pattern.toString(), true, "lun perm list shows LUN " + number
				+ " read-write for " + String.join(", ", wwns));
	}
}
