package org.restripe.simulator.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Something that talks over a byte stream until it ends: an array console, a modem, a terminal server. */
@FunctionalInterface
public interface StreamService {
	void serve(InputStream in, OutputStream out) throws IOException;
}
