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

/** {@code restripe request decline ID --why TEXT [--as NAME]}: the customer declined; the site stays monitored. */
@Command(name = "decline", description = "The customer declined a recommended change: the request ends and the"
		+ " site goes back to monitoring as before.")
final class DeclineCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", description = "the request awaiting approval")
	int id;

	@Option(names = "--why", required = true, paramLabel = "TEXT", description = "why the customer declined (kept in its history)")
	String why;

	@Option(names = "--as", paramLabel = "NAME", description = "who records it (default: your user name)")
	String who;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		try (RestripeDatabase db = store.open()) {
			Request declined = new RequestDesk(db).decline(id, why, who);
			spec.commandLine().getOut().println(declined.label() + " declined (by " + declined.changedBy() + "); "
					+ declined.siteName() + " stays under monitoring");
		}
		return 0;
	}
}
