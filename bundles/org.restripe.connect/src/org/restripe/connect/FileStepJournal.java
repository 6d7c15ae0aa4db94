package org.restripe.connect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A journal in a file, one line an event ({@code started|done|undone ARRAY STEP}), appended and forced to disk
 * before the array hears the next command, so a run resumed after a crash of the workbench, a dropped call or
 * a second attempt from the CLI knows exactly where each array stands. A torn last line (the crash came while
 * it was written) is ignored.
 */
public final class FileStepJournal extends MemoryStepJournal implements AutoCloseable {
	private final Path file;
	private final FileChannel channel;

	private FileStepJournal(Path file, FileChannel channel) {
		this.file = file;
		this.channel = channel;
	}

	/** Opens (or starts) the journal in {@code file} and reads what it holds. */
	public static FileStepJournal open(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Map<String, String> entries = new LinkedHashMap<>();
		if (Files.exists(file)) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (String line : lines) {
				String[] f = line.split(" ");
				if (f.length != 3 || !f[2].matches("\\d+")) {
					continue;
				}
				String key = key(f[1], Integer.parseInt(f[2]));
				switch (f[0]) {
				case "started" -> entries.putIfAbsent(key, "started");
				case "done" -> entries.put(key, "done");
				case "undone" -> entries.remove(key);
				default -> {
					// an unknown word is a torn line: ignored
				}
				}
			}
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		FileStepJournal journal = new FileStepJournal(file, channel);
		journal.restore(entries);
		return journal;
	}

	public Path file() {
		return file;
	}

	/** Whether the journal holds any step, i.e. an earlier run of this kit got as far as starting one. */
	public boolean isEmpty() throws IOException {
		return Files.size(file) == 0;
	}

	@Override
	public void started(String arrayName, int stepNumber) throws IOException {
		append("started", arrayName, stepNumber);
		super.started(arrayName, stepNumber);
	}

	@Override
	public void done(String arrayName, int stepNumber) throws IOException {
		append("done", arrayName, stepNumber);
		super.done(arrayName, stepNumber);
	}

	@Override
	public void undone(String arrayName, int stepNumber) throws IOException {
		append("undone", arrayName, stepNumber);
		super.undone(arrayName, stepNumber);
	}

	private synchronized void append(String what, String arrayName, int stepNumber) throws IOException {
		channel.write(java.nio.ByteBuffer.wrap((what + " " + arrayName + " " + stepNumber + "\n")
				.getBytes(StandardCharsets.UTF_8)));
		channel.force(false);
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
