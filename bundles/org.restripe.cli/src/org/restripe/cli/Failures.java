package org.restripe.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** What a failed command tells the engineer: the problem in words, never a Java exception's class name. */
final class Failures {
	private Failures() {
	}

	static String describe(Throwable e) {
		if (e instanceof NoSuchFileException n) {
			return n.getFile() + ": no such file";
		}
		if (e instanceof AccessDeniedException a) {
			return a.getFile() + ": permission denied";
		}
		String message = e.getMessage();
		if (message == null || message.isBlank()) {
			return "failed (" + e.getClass().getSimpleName() + ")";
		}
		return message;
	}
}
