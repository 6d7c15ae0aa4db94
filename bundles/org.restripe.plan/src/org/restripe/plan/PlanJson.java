package org.restripe.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.Step;
import org.restripe.model.ChangeKind;
import org.restripe.plan.kit.KitException;

/** Writes a plan as JSON (plan.json of a kit) and reads it back, numbers and dependencies included. */
public final class PlanJson {
	static final String FORMAT = "restripe-plan 1";

	private PlanJson() {
	}

	public static String write(Plan plan) {
		StringBuilder out = new StringBuilder();
		out.append("{\n  \"format\": ").append(Json.quote(FORMAT)).append(",\n  \"risk\": ")
				.append(Json.quote(plan.risk().name())).append(",\n  \"steps\": [");
		String separator = "\n";
		for (PlannedStep s : plan.steps()) {
			out.append(separator);
			separator = ",\n";
			Step step = s.step();
			out.append("    {\"number\": ").append(s.number()).append(", \"unit\": ").append(Json.quote(step.unitId()))
					.append(", \"unitName\": ").append(Json.quote(step.unitName())).append(", \"operation\": ")
					.append(Json.quote(step.operation().name())).append(", \"target\": ")
					.append(Json.quote(step.targetId())).append(", \"targetName\": ")
					.append(Json.quote(step.targetName())).append(", \"kind\": ").append(Json.quote(s.kind().getLiteral()))
					.append(", \"class\": ").append(Json.quote(s.changeClass().name())).append(", \"seconds\": ")
					.append(s.estimate().toSeconds()).append(", \"summary\": ").append(Json.quote(s.summary()))
					.append(", \"requires\": ").append(s.prerequisiteNumbers()).append(", \"before\": ");
			map(out, step.before());
			out.append(", \"after\": ");
			map(out, step.after());
			out.append('}');
		}
		return out.append("\n  ]\n}\n").toString();
	}

	private static void map(StringBuilder out, Map<String, String> values) {
		out.append('{');
		String separator = "";
		for (Map.Entry<String, String> e : values.entrySet()) {
			out.append(separator).append(Json.quote(e.getKey())).append(": ").append(Json.quote(e.getValue()));
			separator = ", ";
		}
		out.append('}');
	}

	/** Reads a plan written by {@link #write}; a document of another format is refused. */
	@SuppressWarnings("unchecked")
	public static Plan read(String json) throws KitException {
		Object root = Json.parse(json);
		if (!(root instanceof Map) || !FORMAT.equals(((Map<String, Object>) root).get("format"))) {
			throw new KitException("plan.json is not a " + FORMAT + " document");
		}
		List<PlannedStep> steps = new ArrayList<>();
		Map<String, List<PlannedStep>> lanes = new LinkedHashMap<>();
		try {
			for (Object o : (List<Object>) ((Map<String, Object>) root).get("steps")) {
				Map<String, Object> m = (Map<String, Object>) o;
				PlannedStep s = step(m, steps.size());
				for (Object n : (List<Object>) m.get("requires")) {
					s.requires(steps.get(((Long) n).intValue() - 1));
				}
				steps.add(s);
				lanes.computeIfAbsent(s.step().unitId(), k -> new ArrayList<>()).add(s);
			}
		} catch (RuntimeException e) {
			throw new KitException("plan.json is corrupt: " + e, e);
		}
		return new Plan(lanes);
	}

	@SuppressWarnings("unchecked")
	private static PlannedStep step(Map<String, Object> m, int sequence) {
		Step step = new Step(Operation.valueOf((String) m.get("operation")), (String) m.get("unit"),
				(String) m.get("unitName"), (String) m.get("target"), (String) m.get("targetName"),
				(Map<String, String>) (Map<String, ?>) m.get("before"), (Map<String, String>) (Map<String, ?>) m.get("after"));
		ChangeKind kind = ChangeKind.get((String) m.get("kind"));
		if (kind == null) {
			throw new IllegalArgumentException("unknown change kind " + m.get("kind"));
		}
		return new PlannedStep(step, kind, ChangeClass.valueOf((String) m.get("class")),
				Duration.ofSeconds((Long) m.get("seconds")), (String) m.get("summary"), sequence);
	}
}
