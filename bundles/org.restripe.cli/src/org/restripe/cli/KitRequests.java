package org.restripe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.restripe.plan.kit.KitDigest;
import org.restripe.store.RestripeDatabase;
import org.restripe.model.Site;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProgress;
import org.restripe.workflow.RequestState;

/**
 * The desk's side of plan and apply: a kit planned for a request (--request) files the kit under it, and the
 * kit's run moves that request along, when the data directory (or --db) has the desk's database.
 */
final class KitRequests {
	private KitRequests() {
	}

	/**
	 * The desk's name of the site in FILE: the file's name without .restripe (as the workbench's Sites view and its
	 * Build Kit name it: demo-site.restripe is demo-site), not the configuration's display name.
	 */
	static String deskSiteName(Path siteFile) {
		String name = siteFile.getFileName().toString();
		for (String end : new String[] { ".desired.restripe", ".restripe" }) {
			if (name.endsWith(end)) {
				return name.substring(0, name.length() - end.length());
			}
		}
		return name;
	}

	/**
	 * The desk's name of the site a kit is for, when only the kit is given (verify): the site of the request it
	 * was filed under, else the name of the site file given (--current), else the configuration's own name.
	 */
	static String siteOfKit(Path dataDirectory, SharedDatabaseOptions shared, Path kitFile, Path siteFile, Site desired)
			throws Exception {
		Optional<RestripeDatabase> database = DeskDatabase.existing(dataDirectory, shared);
		if (database.isPresent()) {
			try (RestripeDatabase db = database.get()) {
				Optional<Integer> request = new RequestProgress(db).requestOfKit(KitDigest.of(kitFile));
				if (request.isPresent()) {
					return new RequestDesk(db).find(request.get()).orElseThrow().siteName();
				}
			}
		}
		return siteFile != null ? deskSiteName(siteFile) : desired.getName();
	}

	/** Refused before the kit is written: no database, or a request that is not the site's or cannot get there. */
	static void checkBeforeBuilding(Path dataDirectory, SharedDatabaseOptions shared, int requestId, String site)
			throws Exception {
		try (RestripeDatabase db = required(dataDirectory, shared, requestId)) {
			new RequestProgress(db).kitMayBeBuiltFor(requestId, site);
		}
	}

	static void built(Path dataDirectory, SharedDatabaseOptions shared, int requestId, Path kitFile, String site,
			PrintWriter out) throws Exception {
		try (RestripeDatabase db = required(dataDirectory, shared, requestId)) {
			Request request = new RequestProgress(db).kitBuilt(requestId, KitDigest.of(kitFile), site, null);
			out.println("Request " + request.id() + " is now " + request.state().words());
		}
	}

	/** Moves the kit's request, if it was built for one, to {@code state}, saying so. */
	static void reached(Path dataDirectory, SharedDatabaseOptions shared, Path kitFile, RequestState state, String why,
			PrintWriter out) throws Exception {
		Optional<RestripeDatabase> database = DeskDatabase.existing(dataDirectory, shared);
		if (database.isEmpty()) {
			return;
		}
		try (RestripeDatabase db = database.get()) {
			new RequestProgress(db).kitReached(KitDigest.of(kitFile), state, why, null)
					.ifPresent(r -> out.println("Request " + r.id() + " is now " + r.state().words()));
		}
	}

	private static RestripeDatabase required(Path dataDirectory, SharedDatabaseOptions shared, int requestId)
			throws Exception {
		return DeskDatabase.existing(dataDirectory, shared).orElseThrow(() -> new IllegalArgumentException(
				"--request " + requestId + " needs the desk's database: there is none in " + dataDirectory
						+ " and no --db was given"));
	}
}
