package org.restripe.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.model.persist.AtomicFiles;
import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Invoice;
import org.restripe.workflow.Invoices;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restripe invoices --csv FILE | --html FILE}: the invoices for the financial center. */
@Command(name = "invoices", description = "Export the invoices for the financial center: CSV or a printable HTML page.")
final class InvoicesCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	static final class Target {
		@Option(names = "--csv", required = true, paramLabel = "FILE", description = "write RFC 4180 CSV")
		Path csv;

		@Option(names = "--html", required = true, paramLabel = "FILE", description = "write a printable HTML page")
		Path html;
	}

	@ArgGroup(exclusive = true, multiplicity = "1")
	Target target;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		List<Invoice> invoices;
		try (RestripeDatabase db = store.open()) {
			invoices = new Invoices(db).all();
		}
		Path file = target.csv != null ? target.csv : target.html;
		AtomicFiles.replace(file, out -> {
			Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
			if (target.csv != null) {
				Invoices.writeCsv(invoices, writer);
			} else {
				Invoices.writeHtml(invoices, writer);
			}
			writer.flush();
		});
		spec.commandLine().getOut().println(invoices.size() + (invoices.size() == 1 ? " invoice" : " invoices")
				+ " written to " + file + " (" + Files.size(file) + " bytes)");
		return 0;
	}
}
