package org.restripe.connect.modem;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.restripe.connect.SecretSource;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.Transport;
import org.restripe.connect.modem.CenterModem.Reply;
import org.restripe.connect.modem.ModemResult.Code;

/**
 * A secured line to the site's management host through its dial-security modem: the center's modem dials
 * the site, gives the dialback account's password at {@code Password>}, sees the site hang up, waits for the
 * site to call back, answers, and hands the data connection back as a {@link Transport}. Every step is a
 * {@link State} the workbench can show; every failure ends in its own state with a message that says what
 * an engineer can do about it. Cancel hangs the modem up cleanly. The modem dialogue goes to the session
 * recording (the password as a marker only); the data after the final CONNECT is the session's to record.
 * <p>
 * The caller owns the line to the center's modem: closing the returned transport hangs up, closing the
 * line is the caller's.
 */
public final class DialbackCall {
	/** The Courier gives three tries a call; a site that asks a fourth time is not given one. */
	static final int TRIES = 3;
	static final String PASSWORD_PROMPT = "Password>";

	/** Where the call is; the failure states end it. */
	public enum State {
		INITIALISING, DIALLING, PASSWORD, AWAITING_CALLBACK, ANSWERING, CONNECTED, HUNG_UP,
		MODEM_SILENT, MODEM_ERROR, NO_DIALTONE, BUSY, NO_ANSWER, NO_CARRIER, NOT_DIAL_SECURITY, WRONG_PASSWORD,
		NO_CALLBACK, CARRIER_LOST, LINE_FAILED, CANCELLED;

		public boolean isFailure() {
			return ordinal() > HUNG_UP.ordinal();
		}
	}

	/** Told of every state the call enters, on the thread that runs the call. */
	@FunctionalInterface
	public interface Listener {
		void stateChanged(State state, String message);
	}

	/** What the center's modem is doing on the telephone line, which decides how to hang it up. */
	enum Hook {
		ON_HOOK, DIALLING, ONLINE
	}

	private final DialbackSettings settings;
	private final CenterModem modem;
	private final SitePassword password;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private volatile State state;
	private volatile String message = "";
	private Hook hook = Hook.ON_HOOK;
	private String speed = "";

	/**
	 * @param modemLine the line to the center's modem: a serial port or the simulator's TCP port
	 * @param recording where the modem dialogue is recorded; null for none
	 */
	public DialbackCall(Transport modemLine, DialbackSettings settings, SecretSource secrets, SessionRecording recording) {
		this.settings = settings;
		this.modem = new CenterModem(modemLine, settings.guardTime(), recording);
		this.password = new SitePassword(settings.siteNumber(), secrets);
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public State state() {
		return state;
	}

	/** What the last state means, in the words the workbench shows. */
	public String message() {
		return message;
	}

	/**
	 * Makes the whole dialback. Cancel hangs up and ends in {@link State#CANCELLED}.
	 *
	 * @return the data connection to the site's management host; closing it hangs up
	 * @throws DialbackException in a failure state that names what went wrong
	 * @throws OperationCanceledException when the engineer cancelled
	 */
	public Transport connect(IProgressMonitor monitor) throws DialbackException {
		if (state != null) {
			throw new IllegalStateException("A dialback call connects once; start a new DialbackCall");
		}
		// SubMonitor would need Equinox's debug classes, absent on a flat class path (plain tests, the CLI)
		IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
		progress.beginTask("Dialback to the site's modem " + site(), 6);
		try {
			initialise(progress);
			dial(progress);
			givePassword(progress);
			awaitCallback(progress);
			answer(progress);
			enter(State.CONNECTED, "Connected to the site's management host" + speed + " (called back by " + site() + ")");
			return new DialbackLink(this, modem, modem.takeData());
		} catch (OperationCanceledException e) {
			State during = state;
			hangUpQuietly();
			enter(State.CANCELLED, "Cancelled while " + doing(during) + "; the center's modem hung up");
			throw e;
		} catch (DialbackException e) {
			throw e;
		} catch (SitePassword.Unavailable e) {
			throw fail(State.CANCELLED, e.getMessage() + "; the center's modem hung up");
		} catch (IOException e) {
			throw fail(State.LINE_FAILED, "The line to the center's modem (" + modem.describe() + ") failed: "
					+ e.getMessage());
		} finally {
			progress.done();
		}
	}

	private void initialise(IProgressMonitor progress) throws IOException {
		enter(State.INITIALISING, "Initialising the center's modem on " + modem.describe(), progress);
		try {
			modem.initialise(settings.answerAfterRings(), settings.extraInit(), settings.commandTimeout(), progress);
		} catch (ModemException e) {
			if (e.result() == null) {
				throw fail(State.MODEM_SILENT, "The center's modem on " + modem.describe() + " did not answer '"
						+ e.command() + "' within " + seconds(settings.commandTimeout())
						+ "; check that it is switched on and its cable is plugged in");
			}
			throw fail(State.MODEM_ERROR, "The center's modem on " + modem.describe() + " answered " + e.result()
					+ " to '" + e.command() + "'; check the modem's init commands in the dialback settings");
		}
	}

	private void dial(IProgressMonitor progress) throws IOException {
		enter(State.DIALLING, "Dialling the site's modem " + site(), progress);
		hook = Hook.DIALLING;
		modem.dial(settings.dialString());
		ModemResult result = awaitConnect(settings.connectTimeout(), progress);
		if (result == null) {
			throw fail(State.NO_ANSWER, "The site's modem " + site() + " did not answer within "
					+ seconds(settings.connectTimeout()) + "; check that it is switched on and set to answer calls");
		}
		if (result.code() != Code.CONNECT) {
			hook = Hook.ON_HOOK;
			throw dialFailure(result);
		}
		connected(result);
	}

	/** The first result that is not a RING, or null when none came in time. */
	private ModemResult awaitConnect(Duration timeout, IProgressMonitor monitor) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Reply reply = modem.awaitResult(left(deadline), monitor);
			if (reply.timedOut()) {
				return null;
			}
			if (!reply.is(Code.RING)) {
				return reply.result();
			}
		}
	}

	private DialbackException dialFailure(ModemResult result) {
		return switch (result.code()) {
		case BUSY -> fail(State.BUSY, "The site's modem " + site() + " is busy; try again later");
		case NO_ANSWER -> fail(State.NO_ANSWER, "The site's modem " + site()
				+ " does not answer; check that it is switched on and set to answer calls");
		case NO_DIALTONE -> fail(State.NO_DIALTONE, "The center's modem on " + modem.describe()
				+ " hears no dial tone; check its telephone cable");
		case ERROR -> fail(State.MODEM_ERROR, "The center's modem refused to dial '" + settings.dialString()
				+ "' (ERROR); check the site's modem number");
		default -> fail(State.NO_CARRIER, "The call to the site's modem " + site() + " found no carrier (" + result
				+ "); check the number, or try again when the line is better");
		};
	}

	private void connected(ModemResult connect) {
		hook = Hook.ONLINE;
		speed = connect.speed().isPresent() ? " at " + connect.speed().getAsInt() + " bps" : "";
	}

	private void givePassword(IProgressMonitor progress) throws IOException {
		enter(State.PASSWORD, "Connected to " + site() + speed + "; giving the dialback password", progress);
		Reply reply = modem.await(PASSWORD_PROMPT, settings.promptTimeout(), progress);
		if (reply.timedOut()) {
			throw fail(State.NOT_DIAL_SECURITY, "The site's modem " + site() + " answered but did not ask for the"
					+ " dialback password within " + seconds(settings.promptTimeout())
					+ "; check that the number is the site's dial-security modem");
		}
		if (!reply.prompted()) {
			hook = Hook.ON_HOOK;
			throw fail(State.NO_CARRIER, "The site's modem " + site() + " hung up (" + reply.result()
					+ ") before it asked for the dialback password; try again");
		}
		for (int tries = 1; tries <= TRIES; tries++) {
			if (!password.type(modem)) {
				throw fail(State.WRONG_PASSWORD, refusedMessage());
			}
			reply = modem.await(PASSWORD_PROMPT, settings.promptTimeout(), progress);
			if (!reply.prompted()) {
				afterPassword(reply);
				return;
			}
			password.refused();
			enter(State.PASSWORD, "The site's modem refused the dialback password (try " + tries + " of " + TRIES + ")");
		}
		throw fail(State.WRONG_PASSWORD, refusedMessage());
	}

	/** The site hung up after a password: it took it, and calls back. Anything else is not a dialback modem. */
	private void afterPassword(Reply reply) throws DialbackException {
		if (reply.is(Code.NO_CARRIER)) {
			hook = Hook.ON_HOOK;
			return;
		}
		throw fail(State.NOT_DIAL_SECURITY, "The site's modem " + site() + " neither hung up nor asked again within "
				+ seconds(settings.promptTimeout()) + " of the dialback password" + (reply.timedOut() ? "" : " (" + reply.result()
						+ ")") + "; the account may not be set for dialback");
	}

	private String refusedMessage() {
		return password.refusals() >= TRIES
				? "The site's modem refused the dialback password three times; the account may now be locked"
				: "The site's modem refused the dialback password; it was not tried again. Check the password kept for "
						+ site() + "; the account may also be locked";
	}

	private void awaitCallback(IProgressMonitor progress) throws IOException {
		enter(State.AWAITING_CALLBACK, "The site's modem " + site() + " took the password and hung up; waiting up to "
				+ seconds(settings.callbackWindow()) + " for it to call back", progress);
		long deadline = System.nanoTime() + settings.callbackWindow().toNanos();
		while (true) {
			Reply reply = modem.awaitResult(left(deadline), progress);
			if (reply.timedOut()) {
				throw noCallback();
			}
			if (reply.is(Code.RING)) {
				return;
			}
		}
	}

	private DialbackException noCallback() {
		if (password.refusals() == TRIES - 1) {
			// two refusals, then a hang-up without a call back: the third password was refused too
			password.refused();
			return fail(State.WRONG_PASSWORD, refusedMessage());
		}
		return fail(State.NO_CALLBACK, "The site's modem " + site() + " did not call back within "
				+ seconds(settings.callbackWindow()) + "; check the call-back number stored in its dialback account");
	}

	private void answer(IProgressMonitor progress) throws IOException {
		enter(State.ANSWERING, "The site is calling back; answering", progress);
		hook = Hook.DIALLING;
		if (settings.answerAfterRings() == 0) {
			modem.type("ATA\r");
		}
		ModemResult result = awaitConnect(settings.connectTimeout(), progress);
		if (result == null) {
			throw fail(State.NO_CALLBACK, "The site called back but the center's modem did not connect within "
					+ seconds(settings.connectTimeout()));
		}
		if (result.code() != Code.CONNECT) {
			hook = Hook.ON_HOOK;
			throw fail(result.code() == Code.ERROR ? State.MODEM_ERROR : State.NO_CARRIER,
					"The site's call back did not connect (" + result + "); try again");
		}
		connected(result);
	}

	/** The data connection saw NO CARRIER: the line to the site dropped. */
	CarrierLostException carrierLost() {
		hook = Hook.ON_HOOK;
		hangUpQuietly();
		enter(State.CARRIER_LOST, "The line to the site's modem " + site()
				+ " dropped (NO CARRIER) during the session; dial again to continue");
		return new CarrierLostException(message);
	}

	/** The engineer closed the data connection. */
	void hangUp() {
		hangUpQuietly();
		enter(State.HUNG_UP, "Hung up the line to " + site());
	}

	/** Back on hook, and no auto-answer left set for a stray call; failures here change nothing the engineer can do. */
	private void hangUpQuietly() {
		IProgressMonitor none = new NullProgressMonitor();
		try {
			if (hook == Hook.ONLINE) {
				modem.escape(none);
			} else if (hook == Hook.DIALLING) {
				modem.abort(settings.commandTimeout(), none);
			}
			hook = Hook.ON_HOOK;
			modem.command("ATH", settings.commandTimeout(), none);
			if (settings.answerAfterRings() > 0) {
				modem.command("ATS0=0", settings.commandTimeout(), none);
			}
		} catch (IOException e) {
			// the line to the modem is gone or the modem is silent: the state entered next says what failed
		}
	}

	private DialbackException fail(State failure, String why) {
		if (failure != State.MODEM_SILENT && failure != State.LINE_FAILED) {
			hangUpQuietly();
		}
		enter(failure, why);
		return new DialbackException(failure, why);
	}

	private void enter(State next, String why, IProgressMonitor progress) {
		enter(next, why);
		progress.subTask(why);
		progress.worked(1);
	}

	private void enter(State next, String why) {
		state = next;
		message = why;
		for (Listener listener : listeners) {
			listener.stateChanged(next, why);
		}
	}

	private static String doing(State state) {
		return switch (state) {
		case INITIALISING -> "initialising the center's modem";
		case DIALLING -> "dialling";
		case PASSWORD -> "giving the dialback password";
		case AWAITING_CALLBACK -> "waiting for the call back";
		case ANSWERING -> "answering the call back";
		default -> state.name().toLowerCase(java.util.Locale.ROOT);
		};
	}

	private String site() {
		return settings.siteNumber();
	}

	private static Duration left(long deadlineNanos) {
		return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
	}

	private static String seconds(Duration duration) {
		long s = duration.toSeconds();
		return s >= 120 && s % 60 == 0 ? s / 60 + " min" : s >= 1 ? s + " s" : duration.toMillis() + " ms";
	}
}
