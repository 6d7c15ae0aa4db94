package org.restripe.simulator.modem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.restripe.simulator.line.StreamService;

/**
 * The site's dial-security modem in front of the storage management host. It answers after {@code
 * autoAnswerRings} rings, asks {@code Password>} (3 tries or the password window), and for a dialback
 * account hangs up and calls the account's stored number back; only that call reaches the management host.
 * Wrong passwords get no callback and are logged, as the Courier logs them; three in one call lock dial
 * security (see {@link DialSecurity}).
 */
public final class DialbackModem implements Phone {
	private static final int TRIES = 3;

	private final String number;
	private final TelephoneNetwork network;
	private final ModemTimings timings;
	private final DialSecurity security;
	private final StreamService host;
	private final Consumer<String> log;
	private final int autoAnswerRings;
	private volatile CompletableFuture<Call> callback = new CompletableFuture<>();

	public DialbackModem(String number, TelephoneNetwork network, ModemTimings timings, DialSecurity security,
			StreamService host, Consumer<String> log) {
		this.number = number;
		this.network = network;
		this.timings = timings;
		this.security = security;
		this.host = host;
		this.log = log;
		this.autoAnswerRings = 1;
		network.connect(number, this);
	}

	public String number() {
		return number;
	}

	@Override
	public void incoming(Call call) {
		Thread answering = new Thread(() -> answer(call), "dialback-" + TelephoneNetwork.digits(number));
		answering.setDaemon(true);
		answering.start();
	}

	private void answer(Call call) {
		try {
			Thread.sleep(timings.ringInterval().toMillis() * autoAnswerRings);
			if (call.isEnded()) {
				return;
			}
			call.answer();
			Optional<DialSecurity.Account> account = security.isEmpty() ? Optional.empty() : askPassword(call);
			if (account.isEmpty() && !security.isEmpty()) {
				call.hangUp(this);
			} else if (account.isPresent() && account.get().dialback()) {
				call.hangUp(this);
				callBack(account.get());
			} else {
				serveHost(call);
			}
		} catch (IOException e) {
			log.accept("dialback modem " + number + ": line lost: " + e.getMessage());
			call.hangUp(this);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			call.hangUp(this);
		}
	}

	/** Up to three tries within the password window; an empty result means the caller failed. */
	private Optional<DialSecurity.Account> askPassword(Call call) throws IOException {
		long deadline = System.nanoTime() + timings.passwordWindow().toNanos();
		OutputStream out = call.output(this);
		for (int attempt = 1; attempt <= TRIES; attempt++) {
			out.write("\r\nPassword>".getBytes(StandardCharsets.US_ASCII));
			String given = readLine(call.inbound(this), deadline);
			if (given == null) {
				log.accept("dialback modem " + number + ": no password within " + timings.passwordWindow() + " from "
						+ caller(call) + ", hung up");
				return Optional.empty();
			}
			Optional<DialSecurity.Account> account = security.check(given);
			if (account.isPresent()) {
				log.accept("dialback modem " + number + ": password accepted for account " + account.get().slot());
				return account;
			}
			log.accept("dialback modem " + number + ": " + (security.isLocked() ? "password refused, dial security is locked"
					: "wrong password") + " (try " + attempt + " of " + TRIES + ") from " + caller(call));
		}
		log.accept("dialback modem " + number + ": " + TRIES + " wrong passwords from " + caller(call)
				+ ", hung up without callback");
		if (!security.isLocked()) {
			security.lock();
			log.accept("dialback modem " + number + ": dial security locked after " + TRIES
					+ " wrong passwords; the site must unlock it");
		}
		return Optional.empty();
	}

	private static String caller(Call call) {
		return call.callerNumber().isEmpty() ? "an unknown number" : call.callerNumber();
	}

	/** A line typed by the caller, or null if the deadline passes or the caller hangs up first. */
	private static String readLine(Pipe in, long deadlineNanos) throws IOException {
		StringBuilder line = new StringBuilder();
		while (true) {
			long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
			if (left <= 0) {
				return null;
			}
			int b = in.read(left);
			if (b == -2 || b == -1) {
				return null;
			}
			if (b == '\r' || b == '\n') {
				if (line.length() > 0) {
					return line.toString();
				}
			} else if (b >= 32) {
				line.append((char) b);
			}
		}
	}

	private void callBack(DialSecurity.Account account) throws InterruptedException, IOException {
		log.accept("dialback modem " + number + ": calling back " + account.number() + " in " + timings.callbackDelay());
		Thread.sleep(timings.callbackDelay().toMillis());
		callback = new CompletableFuture<>();
		Call[] placed = new Call[1];
		TelephoneNetwork.Failure failure = network.dial(this, account.number(), placed);
		if (failure != null) {
			log.accept("dialback modem " + number + ": callback to " + account.number() + " failed: " + failure);
			return;
		}
		try {
			Call call = callback.get(50 * timings.second().toMillis(), TimeUnit.MILLISECONDS);
			log.accept("dialback modem " + number + ": callback connected to " + account.number());
			serveHost(call);
		} catch (TimeoutException | ExecutionException e) {
			log.accept("dialback modem " + number + ": callback to " + account.number() + " not answered");
			placed[0].hangUp(this);
		}
	}

	private void serveHost(Call call) throws IOException {
		try {
			host.serve(call.input(this), call.output(this));
		} finally {
			call.hangUp(this);
		}
	}

	@Override
	public void answered(Call call) {
		callback.complete(call);
	}

	@Override
	public void hungUp(Call call) {
		log.accept("dialback modem " + number + ": caller hung up");
	}
}
