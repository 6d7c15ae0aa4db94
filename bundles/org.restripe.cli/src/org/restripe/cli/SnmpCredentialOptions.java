package org.restripe.cli;

import java.io.Console;
import java.io.IOException;

import org.restripe.monitor.poll.PassphraseSource;
import org.restripe.monitor.poll.SnmpCredentials;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --community C} or {@code --user U [--auth-pass-prompt]}: how {@code restripe poll} and {@code restripe
 * monitor} log in to an agent. The v3 passphrases are asked on the terminal (not echoed) or read from
 * RESTRIPE_SNMP_AUTH and RESTRIPE_SNMP_PRIV; never from an option, which would show in the process list.
 */
final class SnmpCredentialOptions {
	@ArgGroup(exclusive = true)
	Security security = new Security();

	static final class Security {
		@Option(names = "--community", paramLabel = "C", description = "SNMPv2c read community (default public)")
		String community;

		@ArgGroup(exclusive = false)
		V3 v3;
	}

	static final class V3 {
		@Option(names = "--user", required = true, paramLabel = "U",
				description = "SNMPv3 user, authPriv with SHA-256 and AES-128")
		String user;

		@Option(names = "--auth-pass-prompt", description = "ask the authentication and privacy passphrases on the "
				+ "terminal (not echoed); without it they are read from the environment: RESTRIPE_SNMP_AUTH, RESTRIPE_SNMP_PRIV")
		boolean prompt;
	}

	SnmpCredentials credentials() {
		if (security == null || security.v3 == null) {
			return SnmpCredentials.community(security == null || security.community == null ? "public" : security.community);
		}
		return SnmpCredentials.v3(security.v3.user, security.v3.prompt ? SnmpCredentialOptions::ask
				: SnmpCredentialOptions::fromEnvironment);
	}

	private static char[] ask(String target, String user, PassphraseSource.Kind kind) throws IOException {
		Console console = System.console();
		if (console == null) {
			throw new IOException("--auth-pass-prompt needs a terminal; without one, set RESTRIPE_SNMP_AUTH and RESTRIPE_SNMP_PRIV");
		}
		char[] typed = console.readPassword("SNMPv3 %s passphrase of %s at %s: ", kind.name().toLowerCase(), user, target);
		if (typed == null) {
			throw new IOException("no " + kind.name().toLowerCase() + " passphrase given");
		}
		return typed;
	}

	private static char[] fromEnvironment(String target, String user, PassphraseSource.Kind kind) throws IOException {
		String name = kind == PassphraseSource.Kind.AUTHENTICATION ? "RESTRIPE_SNMP_AUTH" : "RESTRIPE_SNMP_PRIV";
		String value = System.getenv(name);
		if (value == null) {
			throw new IOException("the v3 " + kind.name().toLowerCase() + " passphrase for " + user + " is needed: give "
					+ "--auth-pass-prompt to be asked, or set " + name);
		}
		return value.toCharArray();
	}
}
