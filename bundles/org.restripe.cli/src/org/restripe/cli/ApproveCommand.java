package org.restripe.cli;

import java.util.concurrent.Callable;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe request approve ID [--why TEXT] [--as NAME]}: the customer approved a recommended change. */
@Command(name = "approve", description = "The customer approved a recommended change: the request awaiting"
		+ " approval goes on into its life cycle as received.")
final class ApproveCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", description = "the request awaiting approval")
	int id;

	@Option(names = "--why", defaultValue = "the customer approved", paramLabel = "TEXT", description = "default: ${DEFAULT-VALUE}")
	String why;

	@Option(names = "--as", paramLabel = "NAME", description = "who records it (default: your user name)")
	String who;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		try (RestripeDatabase db = store.open()) {
			Request approved = new RequestDesk(db).approve(id, why, who);
			spec.commandLine().getOut().println(approved.label() + " approved: it is " + approved.state().words()
					+ " (by " + approved.changedBy() + "); next: " + approved.state().nextInWords());
		}
		return 0;
	}
}
