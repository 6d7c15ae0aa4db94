package org.restripe.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitDigest;
import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.KitShipment;
import org.restripe.workflow.RequestProcess;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restripe request ship ID [--equipment KIND[:DETAIL]]... [--kit FILE.kit] [--carrier REF]}: the kit
 * shipment of FIG. 3, the equipment with the logical implementation (the kit, named by its manifest's SHA-256).
 */
@Command(name = "ship", description = "Record the kit shipped to a new client: the equipment (default: what the"
		+ " intake found needed) and the logical implementation (a kit file, named with its manifest's digest).")
final class ShipCommand implements Callable<Integer> {
	static final String NO_KIT = "no kit file (equipment only)";

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", description = "the request")
	int id;

	@Option(names = "--equipment", paramLabel = "KIND[:DETAIL]",
			description = "equipment shipped (repeat): host, modem or hardware; default: the equipment the intake found")
	List<String> equipment = new ArrayList<>();

	@Option(names = "--kit", paramLabel = "FILE.kit", description = "the kit shipped with it")
	Path kit;

	@Option(names = "--carrier", paramLabel = "REF", description = "the carrier's reference, e.g. \"DHL 1234567890\"")
	String carrier;

	@Option(names = "--as", paramLabel = "NAME", description = "who ships it (default: your user name)")
	String who;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		var shipped = NewClientCommand.needs(equipment);
		String implementation = kit == null ? NO_KIT : describe(kit);
		try (RestripeDatabase db = store.open()) {
			KitShipment s = new RequestProcess(db).recordShipment(id, shipped, implementation, carrier, who);
			spec.commandLine().getOut().println("Kit shipment " + s.id() + " for request " + s.requestId() + " recorded: "
					+ line(s));
		}
		return 0;
	}

	/** "EQUIPMENT; kit K; carrier C; by WHO", as {@code request show} prints it too. */
	static String line(KitShipment s) {
		return s.equipment() + "; kit " + s.kit() + (s.carrierReference() == null ? "" : "; carrier " + s.carrierReference())
				+ "; by " + s.shippedBy();
	}

	/** "acme-raid1.kit (manifest SHA-256 ab12...)"; refused when the file is missing or not a kit. */
	static String describe(Path file) {
		try {
			return file.getFileName() + " (manifest SHA-256 " + KitDigest.of(file) + ")";
		} catch (NoSuchFileException e) {
			throw new IllegalArgumentException("--kit " + file + ": no such kit file");
		} catch (IOException e) {
			throw new IllegalArgumentException("--kit " + file + ": not a kit, or a damaged one (no " + Kit.MANIFEST + ")");
		}
	}
}
