package org.restripe.cli;

import java.util.concurrent.Callable;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestState;
import org.restripe.workflow.Transition;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe request move ID STATE --why TEXT [--as NAME]} and {@code restripe request show ID}. */
@Command(name = "request", description = "Show or move one request.",
		subcommands = { RequestCommand.Open.class, RequestCommand.Move.class, RequestCommand.Close.class,
				RequestCommand.Show.class,
				ApproveCommand.class,
				DeclineCommand.class,
				NewClientCommand.class, ShipCommand.class })
final class RequestCommand implements Runnable {
	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say show or move");
	}

	@Command(name = "open", description = "Take in an existing client's request: routed to the regional center, its "
			+ "contract looked up and checked (exit 1 when the contract does not cover it).")
	static final class Open implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "CUSTOMER", description = "the customer's id")
		String customer;

		@Parameters(index = "1", paramLabel = "SITE", description = "the site's name")
		String site;

		@Option(names = "--summary", required = true, paramLabel = "TEXT", description = "what the customer asks for")
		String summary;

		@Option(names = "--on", paramLabel = "DATE", description = "the date the contract is checked on (default: today)")
		String on;

		@Option(names = "--as", paramLabel = "NAME", description = "who takes it in (default: your user name)")
		String who;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			java.time.LocalDate date = on == null ? java.time.LocalDate.now() : ContractCommand.date(on, "--on");
			try (RestripeDatabase db = store.open()) {
				org.restripe.workflow.ExistingClient taken = new org.restripe.workflow.RequestProcess(db)
						.takeExistingClient(customer, site, summary, date, who);
				spec.commandLine().getOut().println(taken.next());
				return taken.covered() ? 0 : 1;
			}
		}
	}

	@Command(name = "close", description = "Close a verified request: its invoice, or covered by its contract.")
	static final class Close implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", description = "the request")
		int id;

		@Option(names = "--why", defaultValue = "verified at the site", paramLabel = "TEXT", description = "default: ${DEFAULT-VALUE}")
		String why;

		@Option(names = "--as", paramLabel = "NAME", description = "who closes it (default: your user name)")
		String who;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			try (RestripeDatabase db = store.open()) {
				Request seen = new RequestDesk(db).find(id).orElseThrow(
						() -> new IllegalArgumentException("there is no request " + id));
				spec.commandLine().getOut().println(new org.restripe.workflow.RequestProcess(db).complete(seen, why, who));
			}
			return 0;
		}
	}

	@Command(name = "move", description = "Move a request on its life cycle; a move it does not allow is refused.")
	static final class Move implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", description = "the request")
		int id;

		@Parameters(index = "1", paramLabel = "STATE", description = "where it goes, e.g. designed or \"service level determined\"")
		String state;

		@Option(names = "--why", required = true, paramLabel = "TEXT", description = "why it moves (kept in its history)")
		String why;

		@Option(names = "--as", paramLabel = "NAME", description = "who moves it (default: your user name)")
		String who;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			RequestState target = RequestState.parse(state);
			try (RestripeDatabase db = store.open()) {
				Request moved = new RequestDesk(db).move(id, target, why, who);
				spec.commandLine().getOut().println(moved.label() + " is " + moved.state().words() + " (by "
						+ moved.changedBy() + "); next: " + moved.state().nextInWords());
			}
			return 0;
		}
	}

	@Command(name = "show", description = "A request and its history: every move with who, when and why.")
	static final class Show implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", description = "the request")
		int id;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			var out = spec.commandLine().getOut();
			try (RestripeDatabase db = store.open()) {
				RequestDesk desk = new RequestDesk(db);
				Request r = desk.find(id).orElseThrow(() -> new IllegalArgumentException("there is no request " + id));
				out.println(RequestsCommand.line(r));
				if (r.center() != null) {
					out.println("  routed to " + r.center());
				}
				if (r.contractId() != null || r.chargeId() != null) {
					out.println("  " + (r.contractId() != null ? "covered by contract " + r.contractId()
							: "paid by one-time charge " + r.chargeId()));
				}
				org.restripe.workflow.RequestProcess process = new org.restripe.workflow.RequestProcess(db);
				java.util.List<String> needed = process.equipment(id);
				if (!needed.isEmpty()) {
					out.println("  equipment needed: " + String.join("; ", needed));
				}
				process.shipments(id).forEach(s -> out.println("  kit shipment " + s.id() + ": " + ShipCommand.line(s)));
				for (Transition t : desk.transitions(id)) {
					out.println("  " + t.when() + "  " + (t.from() == null ? "" : t.from().words() + " -> ")
							+ t.to().words() + "  by " + t.who() + ": " + t.why());
				}
			}
			return 0;
		}
	}
}
