package org.restripe.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.review.Contract;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.workflow.ConfigurationHistory;
import org.restripe.workflow.ConfigurationVersion;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.ServiceContract;
import org.restripe.workflow.VersionReason;

/**
 * The desk's database for the commands that work without it (review, plan, discover, apply, verify): the shared
 * one given by --db (or RESTRIPE_DB), else the embedded one when the data directory has it; they never create an
 * embedded database.
 */
final class DeskDatabase {
	private DeskDatabase() {
	}

	static Optional<RestripeDatabase> existing(Path dataDirectory, SharedDatabaseOptions shared) throws StoreException {
		Optional<RestripeDatabase> given = shared.open();
		if (given.isPresent()) {
			return given;
		}
		return Files.isDirectory(dataDirectory.resolve("db")) ? Optional.of(RestripeDatabase.openEmbedded(dataDirectory))
				: Optional.empty();
	}

	/** The stored contract of the site's customer today, as the review reads it, with a line saying which. */
	static Optional<Contract> contract(Path dataDirectory, SharedDatabaseOptions shared, Site site, PrintWriter out) throws StoreException {
		Optional<RestripeDatabase> database = existing(dataDirectory, shared);
		if (database.isEmpty()) {
			return Optional.empty();
		}
		try (RestripeDatabase db = database.get()) {
			Optional<ServiceContract> contract = new Contracts(db).forSite(site.getName(), site.getCustomer(),
					LocalDate.now());
			contract.ifPresent(k -> out.println("Contract " + k));
			return contract.map(ServiceContract::forReview);
		}
	}

	/**
	 * Keeps the site as the next version of its history, under the desk's name of the site ({@code siteName}: its
	 * file's name, as the workbench names it), when the data directory has a database.
	 */
	static void record(Path dataDirectory, SharedDatabaseOptions shared, String siteName, Site site, VersionReason reason,
			String note, PrintWriter out) throws Exception {
		Optional<RestripeDatabase> database = existing(dataDirectory, shared);
		if (database.isEmpty()) {
			return;
		}
		try (RestripeDatabase db = database.get()) {
			keep(db, siteName, new String(SiteFiles.xmiBytes(site), StandardCharsets.UTF_8), reason, note, out);
		}
	}

	/** The same, for a site already written as XMI (the design a kit carries), read only if there is a history. */
	static void record(Path dataDirectory, SharedDatabaseOptions shared, String siteName,
			java.util.concurrent.Callable<String> xmi, VersionReason reason, String note, PrintWriter out)
			throws Exception {
		Optional<RestripeDatabase> database = existing(dataDirectory, shared);
		if (database.isEmpty()) {
			return;
		}
		try (RestripeDatabase db = database.get()) {
			keep(db, siteName, xmi.call(), reason, note, out);
		}
	}

	private static void keep(RestripeDatabase db, String siteName, String xmi, VersionReason reason, String note,
			PrintWriter out) throws Exception {
		ConfigurationVersion kept = new ConfigurationHistory(db).record(siteName, xmi, reason, note, null);
		out.println("Kept as version " + kept.number() + " (" + reason.words() + ") of " + siteName);
	}
}
