package org.restripe.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.restripe.connect.StepConfirmation;
import org.restripe.connect.run.CommitConfirmation;
import org.restripe.connect.run.KitRun;
import org.restripe.plan.kit.KitScript.KitStep;

/**
 * The engineer's answers typed on the terminal during a run: confirmations of backups and site visits, the
 * rollback offer after a halt, and the commit-confirm within its deadline. Lines are read on a daemon thread,
 * so the run keeps watching the line and the clock while it waits for a person.
 */
final class TerminalAnswers implements StepConfirmation, CommitConfirmation, KitRun.RollbackOffer {
	private static final String EOF = "\u0000eof";
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final PrintWriter out;
	private final boolean stepsConfirmed;
	private final Boolean rollbackAnswer;
	private volatile Answer commit = Answer.PENDING;
	private volatile boolean waitingForCommit;

	/**
	 * @param stepsConfirmed the engineer confirmed every backup and site visit beforehand (--confirm-steps)
	 * @param rollbackAnswer the answer to the rollback offer given beforehand, or null to ask
	 */
	TerminalAnswers(InputStream in, PrintWriter out, boolean stepsConfirmed, Boolean rollbackAnswer) {
		this.out = out;
		this.stepsConfirmed = stepsConfirmed;
		this.rollbackAnswer = rollbackAnswer;
		Thread reader = new Thread(() -> read(in), "restripe-terminal");
		reader.setDaemon(true);
		reader.start();
	}

	private void read(InputStream in) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (waitingForCommit) {
					commitAnswer(line.strip());
				} else {
					lines.add(line.strip());
				}
			}
		} catch (IOException e) {
			// no more answers can come; whoever waits gets "no"
		}
		lines.add(EOF);
	}

	private void commitAnswer(String line) {
		if (line.equalsIgnoreCase("confirm") || line.equalsIgnoreCase("yes")) {
			commit = Answer.CONFIRMED;
		} else if (line.equalsIgnoreCase("rollback") || line.equalsIgnoreCase("no")) {
			commit = Answer.DECLINED;
		} else {
			out.println("Type 'confirm' to keep the change or 'rollback' to undo it.");
			out.flush();
		}
	}

	@Override
	public boolean confirmed(String arrayName, KitStep step) {
		out.println("Array " + arrayName + ", step " + step.number() + ": " + step.personInstruction());
		if (stepsConfirmed) {
			out.println("  confirmed beforehand (--confirm-steps)");
			out.flush();
			return true;
		}
		return yes("  Done? [y/N]: ");
	}

	@Override
	public boolean rollBack(String haltMessage, java.util.List<String> stepsDone) {
		out.println(haltMessage);
		if (rollbackAnswer != null) {
			out.println("Rollback of the steps done: " + (rollbackAnswer ? "yes" : "no") + " (given beforehand)");
			out.flush();
			return rollbackAnswer;
		}
		return yes("Roll back the " + stepsDone.size() + " steps done? [y/N]: ");
	}

	private boolean yes(String question) {
		out.print(question);
		out.flush();
		try {
			String answer = lines.poll(1, TimeUnit.HOURS);
			boolean yes = answer != null && !answer.equals(EOF) && answer.toLowerCase().startsWith("y");
			out.println(yes ? "yes" : "no");
			out.flush();
			return yes;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void ask(Instant deadline, String whatChanged) {
		waitingForCommit = true;
		// answers typed ahead (a script's stdin) count as typed now
		for (String early = lines.poll(); early != null; early = lines.poll()) {
			if (!early.equals(EOF)) {
				commitAnswer(early);
			}
		}
		out.println("The change is in place (" + whatChanged + "). Type 'confirm' within "
				+ seconds(Duration.between(Instant.now(), deadline)) + " to keep it, or 'rollback' to undo it now; "
				+ "no answer rolls it back by itself.");
		out.flush();
	}

	@Override
	public Answer answer() {
		return commit;
	}

	@Override
	public void ended(String how) {
		waitingForCommit = false;
		out.println("Commit-confirm: " + how);
		out.flush();
	}

	private static String seconds(Duration d) {
		long s = Math.max(0, (d.toMillis() + 999) / 1000);
		return s >= 120 ? (s + 30) / 60 + " min" : s + " s";
	}
}
