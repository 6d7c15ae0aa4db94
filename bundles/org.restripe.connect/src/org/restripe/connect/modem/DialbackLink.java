package org.restripe.connect.modem;

import java.io.IOException;
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
	private final DialbackCall call;
	private final CenterModem modem;
	private byte[] first;
	private final CarrierWatch carrier = new CarrierWatch();
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

	/** The data up to a NO CARRIER line, if one arrived (then the connection is lost). */
	private byte[] watch(byte[] data) throws CarrierLostException {
		if (data.length == 0) {
			return data;
		}
		int before = carrier.watch(data);
		if (before < 0) {
			return data;
		}
		lost = call.carrierLost();
		if (before == 0) {
			throw lost;
		}
		return Arrays.copyOf(data, before);
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
