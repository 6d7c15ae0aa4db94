package org.restripe.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.restripe.plan.kit.KitDigest;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.desk.DeskMessages;
import org.restripe.ui.desk.DeskViews;
import org.restripe.ui.kit.KitFiling;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestProgress;

/** Files a built kit under the desk's request (by its manifest's SHA-256): the request becomes implementation built. */
final class KitRequestFiling implements KitFiling {
	private final int requestId;
	private final String siteName;

	KitRequestFiling(int requestId, String siteName) {
		this.requestId = requestId;
		this.siteName = siteName;
	}

	@Override
	public String file(Path kit) {
		try {
			Request request = new RequestProgress(RestripeUi.database()).kitBuilt(requestId, KitDigest.of(kit), siteName,
					null);
			String said = "Request " + request.id() + " is now " + request.state().words();
			DeskViews.refreshLater(said);
			return said;
		} catch (StoreException | IOException | RuntimeException e) {
			return "The kit was not filed under request " + requestId + ": " + DeskMessages.of(e);
		}
	}
}
