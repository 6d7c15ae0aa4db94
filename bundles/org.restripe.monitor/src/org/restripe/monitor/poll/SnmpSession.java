package org.restripe.monitor.poll;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The poller's snmp4j session: one UDP socket, v2c and v3 with a USM of its own (not snmp4j's process-wide
 * one), and the making of each target's snmp4j Target. v3 keys are localized to the agent's engine ID as
 * soon as it is discovered and the passphrases overwritten.
 */
final class SnmpSession implements AutoCloseable {
	private final Snmp snmp;
	private final USM usm;
	private final SecurityProtocols protocols;

	SnmpSession() throws IOException {
		protocols = SecurityProtocols.getInstance();
		protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
		protocols.addPrivacyProtocol(new PrivAES128());
		usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
		MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
		dispatcher.addMessageProcessingModel(new MPv2c());
		dispatcher.addMessageProcessingModel(new MPv3(usm));
		DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress("0.0.0.0/0"));
		// answers are decoded on the listen thread itself (no worker pool), so it can receive into one buffer
		// instead of a fresh 64 KB array a datagram (three quarters of the poller's allocation before)
		transport.setAsyncMsgProcessingSupported(false);
		snmp = new Snmp(dispatcher, transport);
		snmp.listen();
	}

	Snmp snmp() {
		return snmp;
	}

	/** A v2c target, ready at once. */
	static Target<Address> communityTarget(PollTarget target, SnmpCredentials.Community community) {
		CommunityTarget<Address> t = new CommunityTarget<>(address(target), new OctetString(community.community()));
		t.setVersion(SnmpConstants.version2c);
		return timing(t, target);
	}

	/**
	 * A v3 authPriv target: discovers the agent's engine ID (blocking, up to the target's timeout and retries),
	 * asks for the passphrases, adds the localized keys to the USM and clears the passphrases.
	 *
	 * @throws IOException naming the target when the agent does not answer discovery or no passphrase is had
	 */
	Target<Address> userTarget(PollTarget target, SnmpCredentials.V3User user) throws IOException {
		Address address = address(target);
		byte[] engineId = null;
		for (int attempt = 0; engineId == null && attempt <= target.retries(); attempt++) {
			engineId = snmp.discoverAuthoritativeEngineID(address, target.timeout().toMillis());
		}
		if (engineId == null) {
			throw new IOException("no answer from " + target.address() + " to v3 engine discovery after "
					+ (target.retries() + 1) + " tries (no agent there, or not v3)");
		}
		OctetString userName = new OctetString(user.user());
		byte[] authKey = localize(target, user, PassphraseSource.Kind.AUTHENTICATION, engineId);
		byte[] privKey = localize(target, user, PassphraseSource.Kind.PRIVACY, engineId);
		// the USM keeps these arrays as the user's keys (the localized keys, not the passphrases)
		usm.addLocalizedUser(engineId, userName, AuthHMAC192SHA256.ID, authKey, PrivAES128.ID, privKey);
		UserTarget<Address> t = new UserTarget<>(address, userName, engineId, SecurityLevel.AUTH_PRIV);
		t.setVersion(SnmpConstants.version3);
		return timing(t, target);
	}

	private byte[] localize(PollTarget target, SnmpCredentials.V3User user, PassphraseSource.Kind kind, byte[] engineId)
			throws IOException {
		char[] passphrase = user.passphrases().passphrase(target.name(), user.user(), kind);
		if (passphrase == null || passphrase.length < 8) {
			if (passphrase != null) {
				Arrays.fill(passphrase, '\0');
			}
			throw new IOException("the v3 " + kind.name().toLowerCase() + " passphrase for user " + user.user()
					+ " must have at least 8 characters (RFC 3414)");
		}
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
		Arrays.fill(passphrase, '\0');
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		Arrays.fill(encoded.array(), (byte) 0);
		OctetString secret = new OctetString(bytes); // may share the array: cleared after use
		try {
			return kind == PassphraseSource.Kind.AUTHENTICATION
					? protocols.passwordToKey(AuthHMAC192SHA256.ID, secret, engineId)
					: protocols.passwordToKey(PrivAES128.ID, AuthHMAC192SHA256.ID, secret, engineId);
		} finally {
			Arrays.fill(bytes, (byte) 0);
			Arrays.fill(secret.getValue(), (byte) 0);
		}
	}

	private static Address address(PollTarget target) {
		Address address = GenericAddress.parse("udp:" + target.address());
		if (address == null || !address.isValid()) {
			throw new IllegalArgumentException("Target " + target.name() + ": '" + target.address() + "' is no UDP address");
		}
		return address;
	}

	private static <T extends Target<Address>> T timing(T t, PollTarget target) {
		t.setTimeout(target.timeout().toMillis());
		t.setRetries(target.retries());
		t.setMaxSizeRequestPDU(65_535);
		return t;
	}

	@Override
	public void close() throws IOException {
		snmp.close();
	}
}
