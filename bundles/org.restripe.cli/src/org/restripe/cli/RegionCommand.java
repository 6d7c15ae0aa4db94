package org.restripe.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Routing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe region NAME --center CENTER [--location PLACE]...}: regional routing. */
@Command(name = "region", description = "Configure a region: the solutions center that serves it and the locations in it.")
final class RegionCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "REGION", description = "the region, e.g. EMEA")
	String region;

	@Option(names = "--center", required = true, paramLabel = "CENTER", description = "the solutions center serving it")
	String center;

	@Option(names = "--location", paramLabel = "PLACE", description = "a location in the region (repeatable)")
	List<String> locations = List.of();

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		try (RestripeDatabase db = store.open()) {
			Routing routing = new Routing(db);
			routing.serve(region, center);
			for (String location : locations) {
				routing.place(location, region);
			}
		}
		spec.commandLine().getOut().println("Region " + region + " is served by " + center
				+ (locations.isEmpty() ? "" : "; locations: " + String.join(", ", locations)));
		return 0;
	}
}
