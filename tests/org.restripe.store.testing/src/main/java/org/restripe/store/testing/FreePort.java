package org.restripe.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback port nobody listens on now. */
public final class FreePort {
	private FreePort() {
	}

	public static int loopback() {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException("no free loopback port", e);
		}
	}
}
