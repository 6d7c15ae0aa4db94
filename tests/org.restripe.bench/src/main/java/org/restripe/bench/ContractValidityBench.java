package org.restripe.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.restripe.workflow.Contracts;
import org.restripe.workflow.Validity;

/**
 * Contract validity with 100k contracts in the embedded store: one lookup by id plus the validity on a date,
 * through {@link Contracts#validity} as the desk and the CLI call it (a connection of its own each time).
 * Arguments: [contracts lookups rounds].
 */
public final class ContractValidityBench {
	public static void main(String[] args) throws Exception {
		int contracts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Bench.header("ContractValidityBench: " + contracts + " contracts, " + lookups + " lookups a round");
		try (DeskData data = new DeskData()) {
			Bench.Timed<Void> fill = Bench.time(() -> {
				data.contracts(contracts);
				return null;
			});
			Bench.print("fill (batched JDBC, not the figure)", fill.millis(), "ms", null);
			Contracts desk = new Contracts(data.database);
			Random random = new Random(42);
			LocalDate on = LocalDate.of(2026, 9, 1);
			int invalid = 0;
			for (int i = 0; i < 2_000; i++) { // warm-up: JIT and Derby's statement cache
				desk.validity(DeskData.contract(random.nextInt(contracts)), on);
			}
			List<Double> medians = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				List<Double> times = new ArrayList<>();
				for (int i = 0; i < lookups; i++) {
					String id = DeskData.contract(random.nextInt(contracts));
					Bench.Timed<Validity> timed = Bench.time(() -> desk.validity(id, on));
					times.add(timed.millis());
					invalid += timed.value().valid() ? 0 : 1;
				}
				medians.add(Spread.of(times).median());
			}
			Spread.print("lookup + validity, median a round", Spread.of(medians), "%.3f", "ms", "<= 1 ms median");
			System.out.printf("(%d of %d lookups not valid, each with its reasons)%n", invalid, lookups * rounds);
		}
	}
}
