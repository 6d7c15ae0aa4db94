package org.restripe.ui.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a recording as it grows: each {@link #poll()} returns the events written since the last one. A line
 * still being written (no newline yet) waits for the next poll; a file not yet created has no events.
 */
public final class CastTail {
	private final Path file;
	private long position;
	private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

	public CastTail(Path file) {
		this.file = file;
	}

	public Path file() {
		return file;
	}

	public List<CastEvent> poll() throws IOException {
		List<CastEvent> events = new ArrayList<>();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			if (channel.size() < position) {
				// the file was started again under the same name: read it from the start
				position = 0;
				partial.reset();
			}
			ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
			channel.position(position);
			for (int n = channel.read(buffer); n > 0; n = channel.read(buffer)) {
				position += n;
				split(buffer.array(), n, events);
				buffer.clear();
			}
		} catch (NoSuchFileException e) {
			return events;
		}
		return events;
	}

	/** A newline byte never occurs inside a multi-byte UTF-8 character, so lines split at bytes. */
	private void split(byte[] bytes, int length, List<CastEvent> events) {
		int start = 0;
		for (int i = 0; i < length; i++) {
			if (bytes[i] == '\n') {
				partial.write(bytes, start, i - start);
				CastReader.event(partial.toString(StandardCharsets.UTF_8)).ifPresent(events::add);
				partial.reset();
				start = i + 1;
			}
		}
		partial.write(bytes, start, length - start);
	}
}
