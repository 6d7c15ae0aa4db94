package org.restripe.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.CenterPublicKey;
import org.restripe.plan.kit.TrustedKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restripe keys export|trust|list}: the center's signing key and the keys of the centers whose kits this
 * workbench runs. A kit built offline at one center uploads at another once that one trusts the first's key.
 */
@Command(name = "keys", description = "This center's signing key and the centers it trusts.",
		subcommands = { KeysCommand.Export.class, KeysCommand.Trust.class, KeysCommand.ListKeys.class })
final class KeysCommand implements Runnable {
	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say export, trust or list");
	}

	/** Prints the center's public key line (made on first use), to hand to other centers. */
	@Command(name = "export", description = "Print this center's public key line (the key is made on first use).")
	static final class Export implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Mixin
		DataOptions data;

		@Mixin
		CenterKeyOptions key;

		@Override
		public Integer call() throws Exception {
			CenterKey center = CenterKey.open(data.dataDirectory(), key.password());
			PrintWriter out = spec.commandLine().getOut();
			out.println(center.publicKey().line());
			spec.commandLine().getErr().println("fingerprint " + center.fingerprint() + "; give the line above to the "
					+ "centers that run this center's kits (restripe keys trust FILE)");
			return 0;
		}
	}

	/** Adds another center's exported key line to the trusted keys. */
	@Command(name = "trust", description = "Trust the center whose exported key line is in FILE ('-' reads it from "
			+ "standard input).")
	static final class Trust implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "FILE", description = "the exported key line")
		String file;

		@Mixin
		DataOptions data;

		@Override
		public Integer call() throws Exception {
			String line = file.equals("-")
					? new String(((RestripeCli) spec.root().userObject()).in().readAllBytes(), StandardCharsets.UTF_8)
					: Files.readString(Path.of(file), StandardCharsets.UTF_8);
			TrustedKeys trusted = TrustedKeys.open(data.dataDirectory());
			CenterPublicKey key = trusted.trust(line.strip());
			spec.commandLine().getOut().println("Trusted " + key.name() + " (" + key.fingerprint() + ") in " + trusted.file());
			return 0;
		}
	}

	/** The keys kits may be signed with here: this center's own first. */
	@Command(name = "list", description = "The center keys this workbench trusts, its own first.")
	static final class ListKeys implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Mixin
		DataOptions data;

		@Override
		public Integer call() throws Exception {
			PrintWriter out = spec.commandLine().getOut();
			for (CenterPublicKey key : TrustedKeys.open(data.dataDirectory()).list()) {
				out.println(key.fingerprint() + "  " + key.name());
			}
			return 0;
		}
	}
}
