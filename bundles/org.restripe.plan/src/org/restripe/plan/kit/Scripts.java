package org.restripe.plan.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.plan.Plan;
import org.restripe.plan.PlannedStep;

/**
 * Renders a plan as one script and one rollback script an array. Line format, one item a line:
 * {@code @ N [class] summary} starts step N; {@code > text} is typed at the prompt; {@code ? prompt => answer}
 * answers the question the previous command asks; {@code = command /pattern/ present|absent} is the check;
 * {@code ! text} is an instruction for a person; {@code # text} is a comment.
 */
public final class Scripts {
	private Scripts() {
	}

	/** The rendered steps of each array (by unit name), in plan order; refused if a step cannot be rendered. */
	public static Map<String, List<RenderedStep>> render(Plan plan, Map<String, ArrayDriver> driverByUnit)
			throws KitException {
		Map<String, List<RenderedStep>> rendered = new LinkedHashMap<>();
		for (Map.Entry<String, List<PlannedStep>> lane : plan.lanes().entrySet()) {
			ArrayDriver driver = driverByUnit.get(lane.getKey());
			List<RenderedStep> steps = new ArrayList<>(lane.getValue().size());
			for (PlannedStep s : lane.getValue()) {
				if (driver == null) {
					throw new KitException("no driver speaks for array " + s.step().unitName());
				}
				try {
					steps.add(driver.render(s.step()));
				} catch (IllegalArgumentException e) {
					throw new KitException("step " + s.number() + " cannot be rendered: " + e.getMessage(), e);
				}
			}
			rendered.put(lane.getValue().get(0).step().unitName(), steps);
		}
		return rendered;
	}

	public static String script(String unitName, List<PlannedStep> lane, List<RenderedStep> rendered) {
		StringBuilder out = new StringBuilder("# Restripe script for array " + unitName + ": " + lane.size()
				+ " steps; run in order, stop at the first failed check\n");
		for (int i = 0; i < lane.size(); i++) {
			PlannedStep s = lane.get(i);
			RenderedStep r = rendered.get(i);
			out.append("@ ").append(s.number()).append(" [").append(s.changeClass().label()).append("] ")
					.append(s.summary()).append('\n');
			if (!r.instruction().isEmpty()) {
				out.append(needsPerson(r) ? "! " : "# ").append(r.instruction()).append('\n');
			}
			commands(out, r.commands());
			if (r.check().needsCommand()) {
				out.append("= ").append(r.check().command()).append(" /").append(r.check().pattern()).append("/ ")
						.append(r.check().present() ? "present" : "absent").append('\n');
				if (!r.check().pending().isEmpty()) {
					out.append("~ /").append(r.check().pending()).append("/\n");
				}
				out.append("# proves: ").append(r.check().meaning()).append('\n');
			} else {
				out.append("# check: ").append(r.check().meaning()).append('\n');
			}
		}
		return out.toString();
	}

	/** Hardware work, the backup confirmation and vary commands wait for a person; other instructions only explain. */
	static boolean needsPerson(RenderedStep r) {
		return r.step().operation().needsPerson();
	}

	/** The way back, last step first; a step without an inverse says why. */
	public static String rollback(String unitName, List<PlannedStep> lane, List<RenderedStep> rendered) {
		StringBuilder out = new StringBuilder("# Restripe rollback for array " + unitName
				+ ": undo from the last step that ran back to step " + (lane.isEmpty() ? 0 : lane.get(0).number()) + "\n");
		for (int i = lane.size() - 1; i >= 0; i--) {
			PlannedStep s = lane.get(i);
			RenderedStep r = rendered.get(i);
			out.append("@ ").append(s.number()).append(" undo: ").append(s.summary()).append('\n');
			if (r.rollback().exists()) {
				commands(out, r.rollback().commands());
			} else {
				out.append("# ").append(r.rollback().note()).append('\n');
			}
		}
		return out.toString();
	}

	private static void commands(StringBuilder out, List<CommandLine> commands) {
		for (CommandLine c : commands) {
			out.append("> ").append(c.text()).append('\n');
			c.answers().forEach(a -> out.append("? ").append(a.prompt()).append(" => ").append(a.answer()).append('\n'));
		}
	}
}
