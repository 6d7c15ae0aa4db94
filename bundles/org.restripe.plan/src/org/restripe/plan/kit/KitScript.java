package org.restripe.plan.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.CommandLine.PromptAnswer;
import org.restripe.drivers.api.RenderedStep;

/**
 * One array's script (or rollback script) as the kit carries it, read back from the text {@link Scripts}
 * writes. A run executes this text, the part the center signed, never a fresh rendering of the plan: what was
 * reviewed and signed is what reaches the array.
 */
public record KitScript(String part, List<KitStep> steps) {
	private static final Pattern HEADER = Pattern.compile("@ (\\d+) (?:\\[([^\\]]+)\\] )?(.*)");
	private static final Pattern CHECK = Pattern.compile("= (.+?) /(.*)/ (present|absent)");
	private static final Pattern PENDING = Pattern.compile("~ /(.*)/");
	private static final Pattern ANSWER = Pattern.compile("\\? (.+) => (.*)");

	public KitScript {
		steps = List.copyOf(steps);
	}

	/**
	 * One step of a script.
	 *
	 * @param riskClass the change class label ("online", "destroys data", ...); empty in a rollback script
	 * @param personInstruction what a person must do and confirm before the step goes on; empty if nothing
	 * @param notes comments of the step (e.g. why a step has no rollback)
	 * @param check the proof of the step; {@link Check#byEngineer} when the array cannot show it
	 */
	public record KitStep(int number, String riskClass, String summary, String personInstruction, List<String> notes,
			List<CommandLine> commands, Check check) {

		public KitStep {
			notes = List.copyOf(notes);
			commands = List.copyOf(commands);
		}

		public boolean needsPerson() {
			return !personInstruction.isEmpty();
		}
	}

	/** A rendered step as a script step numbered {@code number}, as the kit's script would carry it. */
	public static KitStep stepOf(int number, RenderedStep rendered) {
		boolean person = Scripts.needsPerson(rendered);
		return new KitStep(number, "", rendered.step().operation().label() + " " + rendered.step().targetName(),
				person ? rendered.instruction() : "", person || rendered.instruction().isEmpty() ? List.of()
						: List.of(rendered.instruction()),
				rendered.commands(), rendered.check());
	}

	/** The steps by their plan number, e.g. to find the undo of step 7 in a rollback script. */
	public Optional<KitStep> step(int number) {
		return steps.stream().filter(s -> s.number() == number).findFirst();
	}

	/** Reads a script; {@code part} (e.g. scripts/t3a.txt) names it in errors. */
	public static KitScript parse(String part, String text) throws KitException {
		List<KitStep> steps = new ArrayList<>();
		StepBuilder current = null;
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isEmpty()) {
				continue;
			}
			Matcher header = HEADER.matcher(line);
			if (header.matches()) {
				if (current != null) {
					steps.add(current.build());
				}
				current = new StepBuilder(Integer.parseInt(header.group(1)),
						header.group(2) == null ? "" : header.group(2), header.group(3));
			} else if (current == null) {
				if (!line.startsWith("#")) {
					throw damaged(part, i, "a step line before the first step header");
				}
			} else {
				current.add(part, i, line);
			}
		}
		if (current != null) {
			steps.add(current.build());
		}
		return new KitScript(part, steps);
	}

	private static KitException damaged(String part, int index, String what) {
		return new KitException(part + " line " + (index + 1) + " is not a script line: " + what);
	}

	/** Collects the lines of one step. */
	private static final class StepBuilder {
		private final int number;
		private final String riskClass;
		private final String summary;
		private String instruction = "";
		private final List<String> notes = new ArrayList<>();
		private final List<CommandLine> commands = new ArrayList<>();
		private String typed;
		private final List<PromptAnswer> answers = new ArrayList<>();
		private Check check;
		private String proves = "";

		StepBuilder(int number, String riskClass, String summary) {
			this.number = number;
			this.riskClass = riskClass;
			this.summary = summary;
		}

		void add(String part, int index, String line) throws KitException {
			if (line.startsWith("> ")) {
				flushCommand();
				typed = line.substring(2);
			} else if (line.startsWith("? ")) {
				Matcher m = ANSWER.matcher(line);
				if (typed == null || !m.matches()) {
					throw damaged(part, index, "an answer without a command before it, or without ' => '");
				}
				answers.add(new PromptAnswer(m.group(1), m.group(2)));
			} else if (line.startsWith("= ")) {
				check = check(part, index, line);
			} else if (line.startsWith("~ ")) {
				Matcher m = PENDING.matcher(line);
				if (check == null || !m.matches()) {
					throw damaged(part, index, "a 'still running' pattern without a check before it");
				}
				check = check.whilePending(m.group(1));
			} else if (line.startsWith("! ")) {
				instruction = line.substring(2);
			} else if (line.startsWith("# proves: ")) {
				proves = line.substring(10);
			} else if (line.startsWith("# check: ")) {
				check = Check.byEngineer(line.substring(9));
			} else if (line.startsWith("#")) {
				notes.add(line.substring(1).strip());
			} else {
				throw damaged(part, index, "'" + line + "'");
			}
		}

		private static Check check(String part, int index, String line) throws KitException {
			Matcher m = CHECK.matcher(line);
			if (!m.matches()) {
				throw damaged(part, index, "a check must read '= command /pattern/ present|absent'");
			}
			try {
				Pattern.compile(m.group(2));
			} catch (java.util.regex.PatternSyntaxException e) {
				throw damaged(part, index, "the check's pattern is not a regular expression (" + e.getDescription() + ")");
			}
			return new Check(m.group(1), m.group(2), m.group(3).equals("present"), "");
		}

		private void flushCommand() {
			if (typed != null) {
				commands.add(new CommandLine(typed, answers));
				answers.clear();
				typed = null;
			}
		}

		KitStep build() {
			flushCommand();
			Check proof = check == null ? Check.byEngineer("") : check;
			if (proof.needsCommand()) {
				proof = new Check(proof.command(), proof.pattern(), proof.present(), proves, proof.pending());
			}
			return new KitStep(number, riskClass, summary, instruction, notes, commands, proof);
		}
	}
}
