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
 * The desk's database for the commands that work without it (review, plan, discover, apply, verify): used when
 * the data directory has one, never created by them.
 */
final class DeskDatabase {
	private DeskDatabase() {
	}

	static Optional<RestripeDatabase> existing(Path dataDirectory) throws StoreException {
		return Files.isDirectory(dataDirectory.resolve("db")) ? Optional.of(RestripeDatabase.openEmbedded(dataDirectory))
				: Optional.empty();
	}

	/** The stored contract of the site's customer today, as the review reads it, with a line saying which. */
	static Optional<Contract> contract(Path dataDirectory, Site site, PrintWriter out) throws StoreException {
		Optional<RestripeDatabase> database = existing(dataDirectory);
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

	/** Keeps the site as the next version of its history when the data directory has a database. */
	static void record(Path dataDirectory, Site site, VersionReason reason, String note, PrintWriter out)
			throws Exception {
		Optional<RestripeDatabase> database = existing(dataDirectory);
		if (database.isEmpty()) {
			return;
		}
		Path file = Files.createTempFile("restripe-history-", ".restripe");
		try (RestripeDatabase db = database.get()) {
			SiteFiles.save(org.eclipse.emf.ecore.util.EcoreUtil.copy(site), file);
			ConfigurationVersion kept = new ConfigurationHistory(db).record(site.getName(),
					Files.readString(file, StandardCharsets.UTF_8), reason, note, null);
			out.println("Kept as version " + kept.number() + " (" + reason.words() + ") of " + site.getName());
		} finally {
			Files.deleteIfExists(file);
		}
	}
}
