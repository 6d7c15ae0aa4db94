package org.restripe.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.restripe.model.ServiceLevel;
import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.PaymentState;
import org.restripe.workflow.ServiceContract;
import org.restripe.workflow.Validity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe contract new|renew|validity|pay}: the customers' contracts. */
@Command(name = "contract", description = "A customer's contract: new, renew, validity on a date, payment.",
		subcommands = { ContractCommand.New.class, ContractCommand.Renew.class, ContractCommand.ValidityOn.class,
				ContractCommand.Pay.class })
final class ContractCommand implements Runnable {
	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say new, renew, validity or pay");
	}

	static LocalDate date(String text, String field) {
		return text == null ? null : Contracts.parseDate(text, field);
	}

	@Command(name = "new", description = "A new contract for a customer.")
	static final class New implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Option(names = "--customer", required = true, paramLabel = "ID", description = "the customer")
		String customer;

		@Option(names = "--level", required = true, paramLabel = "1|2|3", description = "the service level: Option 1, 2 or 3")
		int level;

		@Option(names = "--start", required = true, paramLabel = "DATE", description = "the period's first day, YYYY-MM-DD")
		String start;

		@Option(names = "--end", required = true, paramLabel = "DATE", description = "the period's last day, YYYY-MM-DD")
		String end;

		@Option(names = "--reconfigurations", paramLabel = "N",
				description = "reconfigurations the period allows (default: Option 1 one, the others no limit)")
		Integer allowed;

		@Option(names = "--id", paramLabel = "ID", description = "the contract's id (default: CUSTOMER-START)")
		String id;

		@Option(names = "--as", paramLabel = "NAME", description = "who makes it (default: your user name)")
		String who;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			ServiceLevel serviceLevel = ServiceLevel.get(level);
			if (serviceLevel == null) {
				throw new IllegalArgumentException("--level " + level + " is not a service level: say 1, 2 or 3");
			}
			Contracts.Terms terms = new Contracts.Terms(id, customer, serviceLevel, date(start, "--start"),
					date(end, "--end"), allowed);
			try (RestripeDatabase db = store.open()) {
				spec.commandLine().getOut().println("Contract " + new Contracts(db).create(terms, who));
			}
			return 0;
		}
	}

	@Command(name = "renew", description = "Renew a contract for the next period (payment due within 30 days).")
	static final class Renew implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", description = "the contract to renew")
		String id;

		@Option(names = "--end", paramLabel = "DATE", description = "the new period's last day (default: as long as the old)")
		String end;

		@Option(names = "--as", paramLabel = "NAME", description = "who renews it (default: your user name)")
		String who;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			LocalDate newEnd = date(end, "--end");
			try (RestripeDatabase db = store.open()) {
				spec.commandLine().getOut().println("Renewed as " + new Contracts(db).renew(id, newEnd, who));
			}
			return 0;
		}
	}

	@Command(name = "validity", description = "Is the contract valid on a date? Every reason it is not (exit 1).")
	static final class ValidityOn implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", description = "the contract")
		String id;

		@Option(names = "--on", paramLabel = "DATE", description = "the date, YYYY-MM-DD (default: today)")
		String on;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			LocalDate date = on == null ? LocalDate.now() : date(on, "--on");
			try (RestripeDatabase db = store.open()) {
				Validity validity = new Contracts(db).validity(id, date);
				spec.commandLine().getOut().println(validity);
				return validity.valid() ? 0 : 1;
			}
		}
	}

	@Command(name = "pay", description = "Record where a contract's payments stand: paid, due (with --due) or overdue.")
	static final class Pay implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", description = "the contract")
		String id;

		@Parameters(index = "1", paramLabel = "STATE", description = "paid, due or overdue")
		String state;

		@Option(names = "--due", paramLabel = "DATE", description = "when the payment is due")
		String due;

		@Option(names = "--as", paramLabel = "NAME", description = "who records it (default: your user name)")
		String who;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			PaymentState payment = PaymentState.parse(state);
			LocalDate dueDate = date(due, "--due");
			try (RestripeDatabase db = store.open()) {
				Contracts contracts = new Contracts(db);
				ServiceContract seen = contracts.find(id).orElseThrow(
						() -> new IllegalArgumentException("there is no contract " + id));
				spec.commandLine().getOut().println("Contract " + contracts.recordPayment(seen, payment, dueDate, who));
			}
			return 0;
		}
	}
}
