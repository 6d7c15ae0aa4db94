package org.restripe.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.restripe.cli.RequestAfterRun;
import org.restripe.connect.run.RunResult;
import org.restripe.plan.kit.KitDigest;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.desk.DeskMessages;
import org.restripe.ui.desk.DeskViews;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestProgress;
import org.restripe.workflow.RequestState;

/**
 * The desk's request a kit was built for, moved as the kit's run goes (connected, then verified, applied or
 * failed, as {@code restripe apply} moves it), and the Desk's views read again. A kit built for no request moves
 * nothing. Called off the UI thread; a desk that cannot be written stops no run, it is said in the result.
 */
final class RunRequestMoves {
	private final Path kitFile;
	private final String siteName;
	private volatile String said = "";

	RunRequestMoves(Path kitFile, String siteName) {
		this.kitFile = kitFile;
		this.siteName = siteName;
	}

	void connected() {
		reach(RequestState.CONNECTED, "connected to " + siteName + " to run the kit");
	}

	void ended(RunResult result, boolean verified) {
		reach(RequestAfterRun.state(result, verified), RequestAfterRun.why(result, verified));
	}

	/** "Request 4 is now verified.", what went wrong with the desk, or "" when the kit serves no request. */
	String said() {
		return said;
	}

	private void reach(RequestState state, String why) {
		try {
			Optional<Request> moved = new RequestProgress(RestripeUi.database()).kitReached(KitDigest.of(kitFile),
					state, why, null);
			if (moved.isEmpty()) {
				return;
			}
			said = "Request " + moved.get().id() + " is now " + moved.get().state().words() + ".";
			DeskViews.refreshLater(said);
		} catch (StoreException | IOException | RuntimeException e) {
			said = "The desk's request was not moved to " + state.words() + ": " + DeskMessages.of(e);
		}
	}
}
