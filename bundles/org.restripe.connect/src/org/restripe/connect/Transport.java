package org.restripe.connect;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte stream to a device's console: a serial line, a modem connection or a telnet session. Everything
 * above it (the script runner, discovery, the session recorder) talks to this interface only.
 */
public interface Transport extends AutoCloseable {

	void write(byte[] bytes) throws IOException;

	/**
	 * Bytes that arrive within {@code timeout}, at least one unless the timeout passes first (then the
	 * result is empty). Never blocks past the timeout, so an engineer's Cancel is honoured promptly.
	 */
	byte[] read(Duration timeout) throws IOException;

	/** Human-readable endpoint for logs and the session record, e.g. "serial /dev/pts/3 @ 9600". */
	String describe();

	@Override
	void close() throws IOException;
}
