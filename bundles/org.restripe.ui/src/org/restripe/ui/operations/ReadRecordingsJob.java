package org.restripe.ui.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads and verifies every recording in DATA/recordings off the UI thread, newest first; a file that cannot be
 * read is reported by name, the others still listed. Cancelling stops between two files.
 */
public final class ReadRecordingsJob extends Job {
	/** What the job found: the sessions, and a sentence per file it could not read. */
	public record Found(List<RecordedSession> sessions, List<String> problems) {
	}

	private final Path folder;
	private final Consumer<Found> done;

	public ReadRecordingsJob(Path dataDirectory, Consumer<Found> done) {
		super("Reading the session recordings");
		this.folder = dataDirectory.resolve("recordings");
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<RecordedSession> sessions = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<Path> files;
		try {
			files = casts(folder);
		} catch (IOException e) {
			done.accept(new Found(List.of(), List.of("The folder " + folder + " cannot be read: " + e.getMessage())));
			return Status.OK_STATUS;
		}
		SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size());
		for (Path file : files) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(file.getFileName().toString());
			try {
				sessions.add(RecordedSession.read(file));
			} catch (IOException e) {
				problems.add(file.getFileName() + " cannot be read: " + e.getMessage());
			}
			progress.worked(1);
		}
		sessions.sort(Comparator.comparing(RecordedSession::started, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(s -> s.file().getFileName().toString()).reversed());
		done.accept(new Found(sessions, problems));
		return Status.OK_STATUS;
	}

	static List<Path> casts(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.getFileName().toString().endsWith(".cast") && Files.isRegularFile(p)).toList();
		}
	}
}
