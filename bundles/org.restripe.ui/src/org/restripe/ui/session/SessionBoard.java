package org.restripe.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.restripe.ui.UiThread;

/**
 * The workbench's current session with a site, as the Session view shows it: which recording to follow, how
 * the session's work compared the arrays, and when it ended. Connect and Run Kit post here from their jobs;
 * listeners hear on the UI thread.
 */
public final class SessionBoard {
	/** What the Session view follows. Called on the UI thread. */
	public interface Listener {
		/** {@code work} is the job that owns the session, which the view can cancel. */
		void sessionStarted(Path recording, String title, Job work);

		void comparison(String heading, List<String> lines);

		void sessionEnded(String how);

		/** The dialback call of a dial: line entered {@code state} ("Awaiting callback", ...), saying why. */
		default void dialback(String state, String message) {
		}
	}

	/** The latest session, for a view opened after it started. */
	public record Current(Path recording, String title, Job work, String heading, List<String> lines, String ended) {
	}

	private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
	private static volatile Current current;

	private SessionBoard() {
	}

	public static void addListener(Listener listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Listener listener) {
		LISTENERS.remove(listener);
	}

	public static Current current() {
		return current;
	}

	public static void started(Path recording, String title, Job work) {
		current = new Current(recording, title, work, null, List.of(), null);
		post(l -> l.sessionStarted(recording, title, work));
	}

	public static void comparison(String heading, List<String> lines) {
		Current c = current;
		if (c != null) {
			current = new Current(c.recording(), c.title(), c.work(), heading, List.copyOf(lines), c.ended());
		}
		post(l -> l.comparison(heading, List.copyOf(lines)));
	}

	/**
	 * How a job's {@code work} ended when it did not get through, as the jobs say it alike: with its
	 * {@code failure} (null when none), cancelled, or stopped for a reason only the job's status knows.
	 */
	public static String endedEarly(String work, String failure, boolean cancelled) {
		return failure != null ? work + " stopped: " + failure : cancelled ? work + " cancelled" : work + " stopped";
	}

	public static void ended(String how) {
		Current c = current;
		if (c != null) {
			current = new Current(c.recording(), c.title(), c.work(), c.heading(), c.lines(), how);
		}
		post(l -> l.sessionEnded(how));
	}

	/** The current session's dialback call, as {@link DialbackStatus} hears it on the job's thread. */
	public static void dialback(String state, String message) {
		post(l -> l.dialback(state, message));
	}

	private static void post(java.util.function.Consumer<Listener> event) {
		Display display = UiThread.display();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> LISTENERS.forEach(event));
	}
}
