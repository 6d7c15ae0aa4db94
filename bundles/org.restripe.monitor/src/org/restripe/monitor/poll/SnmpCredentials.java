package org.restripe.monitor.poll;

import java.util.Objects;

/** How the poller authenticates to an agent: a v2c community, or a v3 USM user with authPriv (SHA-256, AES-128). */
public sealed interface SnmpCredentials {

	/** SNMPv2c with a read community. */
	record Community(String community) implements SnmpCredentials {
		public Community {
			Objects.requireNonNull(community, "community");
		}

		@Override
		public String toString() {
			return "v2c";
		}
	}

	/**
	 * SNMPv3 user {@code user}, authPriv: HMAC-SHA-256 authentication, AES-128 privacy; both passphrases come
	 * from {@code passphrases} when the poller first reaches the agent.
	 */
	record V3User(String user, PassphraseSource passphrases) implements SnmpCredentials {
		public V3User {
			Objects.requireNonNull(user, "user");
			Objects.requireNonNull(passphrases, "passphrases");
		}

		@Override
		public String toString() {
			return "v3 user " + user;
		}
	}

	static SnmpCredentials community(String community) {
		return new Community(community);
	}

	static SnmpCredentials v3(String user, PassphraseSource passphrases) {
		return new V3User(user, passphrases);
	}
}
