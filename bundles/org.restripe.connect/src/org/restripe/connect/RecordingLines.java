package org.restripe.connect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.restripe.connect.RecordingVerifier.Finding;

/**
 * The lines of a file as raw bytes, LF taken off, so the chain is checked on exactly the bytes recorded. A
 * line longer than any recording writes is refused rather than read into memory without end.
 */
final class RecordingLines implements AutoCloseable {
	/** Far above the longest event line (a 4 KiB read, every byte escaped as six characters). */
	static final int MAX_LINE = 16 << 20;
	private final InputStream in;
	private final int max;
	private final byte[] buffer = new byte[1 << 16];
	private int position;
	private int limit;
	private int count;
	private boolean unterminated;

	RecordingLines(Path file) throws IOException {
		this(file, MAX_LINE);
	}

	RecordingLines(Path file, int max) throws IOException {
		this.in = Files.newInputStream(file);
		this.max = max;
	}

	/** The next line without its LF, or null at the end of the file. */
	byte[] next() throws IOException, Finding {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			if (position == limit && !fill()) {
				if (line.size() == 0) {
					return null;
				}
				unterminated = true;
				return counted(line);
			}
			int start = position;
			while (position < limit && buffer[position] != '\n') {
				position++;
			}
			if (line.size() + position - start > max) {
				throw new Finding(count + 1, "line " + (count + 1) + " is longer than " + max + " bytes");
			}
			line.write(buffer, start, position - start);
			if (position < limit) {
				position++;
				return counted(line);
			}
		}
	}

	private byte[] counted(ByteArrayOutputStream line) {
		count++;
		return line.toByteArray();
	}

	private boolean fill() throws IOException {
		int n = in.read(buffer);
		position = 0;
		limit = Math.max(n, 0);
		return n > 0;
	}

	/** How many lines {@link #next()} returned. */
	int count() {
		return count;
	}

	/** Whether the last line returned ended at the end of the file without a LF. */
	boolean unterminated() {
		return unterminated;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
