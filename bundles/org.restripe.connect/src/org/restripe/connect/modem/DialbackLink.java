package org.restripe.connect.modem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.restripe.connect.Transport;

/**
 * The data connection of a dialback call, to the site's management host. The modem tells of a lost carrier
 * by printing NO CARRIER into the data: a line of exactly that ends the connection, every read and write
 * after it fails with {@link CarrierLostException}. The bytes before it are handed out first, so nothing the
 * site sent is lost. Closing the connection hangs the modem up.
 */
final class DialbackLink implements Transport {
	private static final String NO_CARRIER = "NO CARRIER";
	/** Enough of the previous reads to find NO CARRIER and its line ends split across reads. */
	private static final int TAIL = NO_CARRIER.length() + 2;

	private final DialbackCall call;
	private final CenterModem modem;
	private byte[] first;
	private String tail = "\n";
	private volatile CarrierLostException lost;
	private volatile boolean closed;

	DialbackLink(DialbackCall call, CenterModem modem, byte[] first) {
		this.call = call;
		this.modem = modem;
		this.first = first;
	}

	@Override
	public void write(byte[] bytes) throws IOException {
		check();
		modem.line().write(bytes);
	}

	@Override
	public byte[] read(Duration timeout) throws IOException {
		check();
		byte[] data;
		if (first.length > 0) {
			data = first;
			first = new byte[0];
		} else {
			data = modem.line().read(timeout);
		}
		return watch(data);
	}

	/** The data up to a NO CARRIER line, if one arrived (then the connection is marked lost). */
	private byte[] watch(byte[] data) throws CarrierLostException {
		if (data.length == 0) {
			return data;
		}
		String seen = tail + new String(data, StandardCharsets.ISO_8859_1);
		int at = noCarrierLine(seen);
		if (at < 0) {
			tail = seen.substring(Math.max(0, seen.length() - TAIL));
			return data;
		}
		lost = call.carrierLost();
		int before = at - (seen.length() - data.length);
		if (before <= 0) {
			throw lost;
		}
		return Arrays.copyOf(data, before);
	}

	/** Where a line holding only NO CARRIER starts in {@code text}, or -1. */
	private static int noCarrierLine(String text) {
		int from = 0;
		int at;
		while ((at = text.indexOf(NO_CARRIER, from)) >= 0) {
			int end = at + NO_CARRIER.length();
			if (at > 0 && isLineEnd(text.charAt(at - 1)) && end < text.length() && isLineEnd(text.charAt(end))) {
				return at;
			}
			from = at + 1;
		}
		return -1;
	}

	private static boolean isLineEnd(char c) {
		return c == '\r' || c == '\n';
	}

	private void check() throws IOException {
		if (lost != null) {
			throw new CarrierLostException(lost.getMessage());
		}
		if (closed) {
			throw new IOException("The dialback line to the site was closed (hung up)");
		}
	}

	@Override
	public String describe() {
		return "dialback line over " + modem.describe();
	}

	/** Hangs up, unless the line already dropped; the line to the center's modem stays open for its owner. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (lost == null) {
			call.hangUp();
		}
	}
}
