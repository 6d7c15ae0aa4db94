package org.restripe.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.restripe.connect.RecordingCheck;
import org.restripe.connect.RecordingVerifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe verify-recording FILE.cast}: is the session record as it was written, all of it? */
@Command(name = "verify-recording", description = "Check a session recording against its SHA-256 chain "
		+ "(FILE.cast.sha256): names a changed, removed, reordered or truncated line (exit 0 only when intact).")
final class VerifyRecordingCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE.cast", description = "the recording (its .sha256 chain beside it)")
	Path recording;

	@Override
	public Integer call() {
		RecordingCheck check = RecordingVerifier.verify(recording);
		if (check.intact()) {
			spec.commandLine().getOut().println(check.message());
			return 0;
		}
		spec.commandLine().getErr().println("restripe verify-recording: " + check.message());
		return 1;
	}
}
