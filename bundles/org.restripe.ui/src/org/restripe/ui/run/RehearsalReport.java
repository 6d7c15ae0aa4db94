package org.restripe.ui.run;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.restripe.cli.Rehearsal;
import org.restripe.connect.run.KitRun;
import org.restripe.plan.Plan;
import org.restripe.ui.Words;

/** The rehearsal's report as the engineer reads it, as {@code restripe rehearse} prints it. */
final class RehearsalReport {
	private RehearsalReport() {
	}

	static String text(RehearseKitJob.Order order, RehearseKitJob.Rehearsed rehearsed) {
		Rehearsal.Report report = rehearsed.report();
		StringBuilder text = new StringBuilder();
		text.append("Outcome on the twin: ").append(report.result().outcome().name().toLowerCase(Locale.ROOT)
				.replace('_', ' ')).append(". ").append(report.result().message()).append("\n\n");
		text.append(verification(report, rehearsed.verification())).append("\n\n");
		text.append(realRun(order.kit().plan(), report)).append("\n\n");
		text.append(String.format(Locale.ROOT, "The line carried %,d bytes out and %,d bytes in: %.1f s of wire time at "
				+ "%d baud (8N1).%nThe run on the twin took %.1f s here; the whole rehearsal, with the twin's start "
				+ "and the verification, %.1f s.", report.bytesSent(), report.bytesReceived(),
				report.wireSeconds(order.baud()), order.baud(), seconds(report.took()), seconds(rehearsed.took())));
		return text.toString();
	}

	private static String verification(Rehearsal.Report report, List<String> lines) {
		if (report.differences() == null) {
			return "Not verified: the run did not change the twin as planned, so it was not read back.";
		}
		String summary = report.verified() ? "Verified: every array as designed."
				: "NOT verified: " + report.differences().size() + " arrays differ from the design:";
		return summary + "\n" + String.join("\n", lines);
	}

	private static String realRun(Plan plan, Rehearsal.Report report) {
		StringBuilder text = new StringBuilder("A real run would:\n");
		text.append("  call ").append(report.call()).append(" and take the callback;\n");
		report.confirmations().forEach(c -> text.append("  ask you to confirm: ").append(c).append(";\n"));
		text.append("  run ").append(Words.count(plan.steps().size(), "step")).append(" on ").append(KitRun.arrays(plan.lanes().size()))
				.append(" (the arrays' own work ").append(hours(plan.sequentialDuration()))
				.append(" by the plan's estimate).");
		return text.toString();
	}

	private static String hours(Duration d) {
		long minutes = d.toMinutes();
		return minutes < 1 ? d.toSeconds() + " s" : minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
	}

	private static double seconds(Duration d) {
		return d.toMillis() / 1000.0;
	}
}
