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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a plan as JSON (plan.json of a kit) and reads it back, numbers and dependencies included, through
 * Jackson. Reading checks every member it needs, so a damaged file is refused naming the step and the member.
 */
public final class PlanJson {
	static final String FORMAT = "restripe-plan 1";
	private static final ObjectMapper JSON = new ObjectMapper();

	private PlanJson() {
	}

	public static String write(Plan plan) {
		ObjectNode root = JSON.createObjectNode();
		root.put("format", FORMAT);
		root.put("risk", plan.risk().name());
		ArrayNode steps = root.putArray("steps");
		for (PlannedStep s : plan.steps()) {
			steps.add(step(s));
		}
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
		} catch (JsonProcessingException e) {
			// a tree of strings and numbers always writes; this would be a bug in the library
			throw new IllegalStateException("plan.json could not be written", e);
		}
	}

	private static ObjectNode step(PlannedStep s) {
		Step step = s.step();
		ObjectNode node = JSON.createObjectNode();
		node.put("number", s.number());
		node.put("unit", step.unitId());
		node.put("unitName", step.unitName());
		node.put("operation", step.operation().name());
		node.put("target", step.targetId());
		node.put("targetName", step.targetName());
		node.put("kind", s.kind().getLiteral());
		node.put("class", s.changeClass().name());
		node.put("seconds", s.estimate().toSeconds());
		node.put("summary", s.summary());
		ArrayNode requires = node.putArray("requires");
		s.prerequisiteNumbers().forEach(requires::add);
		ObjectNode before = node.putObject("before");
		step.before().forEach(before::put);
		ObjectNode after = node.putObject("after");
		step.after().forEach(after::put);
		return node;
	}

	/** Reads a plan written by {@link #write} (or by the hand-written writer before it); another format is refused. */
	public static Plan read(String json) throws KitException {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		} catch (JsonProcessingException e) {
			throw new KitException("plan.json is corrupt at line " + e.getLocation().getLineNr() + ", column "
					+ e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
		}
		if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
			throw new KitException("plan.json is not a " + FORMAT + " document");
		}
		JsonNode stepNodes = root.path("steps");
		if (!stepNodes.isArray()) {
			throw new KitException("plan.json is corrupt: it has no list of steps");
		}
		List<PlannedStep> steps = new ArrayList<>();
		Map<String, List<PlannedStep>> lanes = new LinkedHashMap<>();
		for (JsonNode node : stepNodes) {
			PlannedStep s = new StepReader(node, steps.size() + 1).read(steps);
			steps.add(s);
			lanes.computeIfAbsent(s.step().unitId(), k -> new ArrayList<>()).add(s);
		}
		return new Plan(lanes);
	}

	/** One step of plan.json, read member by member; {@code position} counts from 1 as the steps do. */
	private record StepReader(JsonNode node, int position) {
		PlannedStep read(List<PlannedStep> earlier) throws KitException {
			if (!node.isObject()) {
				throw corrupt("is not an object");
			}
			Step step = new Step(operation(), text("unit"), text("unitName"), text("target"), text("targetName"),
					texts("before"), texts("after"));
			String kindName = text("kind");
			ChangeKind kind = ChangeKind.get(kindName);
			if (kind == null) {
				throw corrupt("has the unknown change kind '" + kindName + "'");
			}
			PlannedStep s = new PlannedStep(step, kind, changeClass(), Duration.ofSeconds(whole("seconds")),
					text("summary"), earlier.size());
			for (JsonNode n : array("requires")) {
				if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > earlier.size()) {
					throw corrupt("requires " + n + ", which is not a step before it");
				}
				s.requires(earlier.get(n.asInt() - 1));
			}
			return s;
		}

		private Operation operation() throws KitException {
			String name = text("operation");
			try {
				return Operation.valueOf(name);
			} catch (IllegalArgumentException e) {
				throw corrupt("has the unknown operation '" + name + "'");
			}
		}

		private ChangeClass changeClass() throws KitException {
			String name = text("class");
			try {
				return ChangeClass.valueOf(name);
			} catch (IllegalArgumentException e) {
				throw corrupt("has the unknown change class '" + name + "'");
			}
		}

		private String text(String member) throws KitException {
			JsonNode value = node.get(member);
			if (value == null || !value.isTextual()) {
				throw corrupt("has no text '" + member + "'");
			}
			return value.asText();
		}

		private long whole(String member) throws KitException {
			JsonNode value = node.get(member);
			if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
				throw corrupt("has no whole number '" + member + "'");
			}
			return value.asLong();
		}

		private JsonNode array(String member) throws KitException {
			JsonNode value = node.get(member);
			if (value == null || !value.isArray()) {
				throw corrupt("has no list '" + member + "'");
			}
			return value;
		}

		private Map<String, String> texts(String member) throws KitException {
			JsonNode value = node.get(member);
			if (value == null || !value.isObject()) {
				throw corrupt("has no object '" + member + "'");
			}
			Map<String, String> texts = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> e : value.properties()) {
				if (!e.getValue().isTextual()) {
					throw corrupt("has a non-text value for '" + member + "." + e.getKey() + "'");
				}
				texts.put(e.getKey(), e.getValue().asText());
			}
			return texts;
		}

		private KitException corrupt(String what) {
			return new KitException("plan.json is corrupt: step " + position + " " + what);
		}
	}
}
