package org.restripe.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and plain arguments of one command; unknown options are errors. */
final class Options {
	private final Map<String, String> named = new HashMap<>();
	private final List<String> plain = new ArrayList<>();

	Options(String[] args, List<String> allowed) throws UsageException {
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				String name = args[i].substring(2);
				if (!allowed.contains(name)) {
					throw new UsageException("unknown option --" + name);
				}
				if (i + 1 >= args.length) {
					throw new UsageException("--" + name + " needs a value");
				}
				named.put(name, args[++i]);
			} else {
				plain.add(args[i]);
			}
		}
	}

	boolean has(String name) {
		return named.containsKey(name);
	}

	Path path(String name) throws UsageException {
		String value = named.get(name);
		if (value == null) {
			throw new UsageException("--" + name + " is required");
		}
		return Path.of(value);
	}

	Path plain(int index, String what) throws UsageException {
		if (plain.size() <= index) {
			throw new UsageException(what + " is required");
		}
		return Path.of(plain.get(index));
	}

	/** Wrong use of a command: exit code 2 and the usage. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}
}
