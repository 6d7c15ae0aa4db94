package org.restripe.plan.kit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The minimal self-signed X.509 v3 certificate a PKCS12 key entry needs: CN = the center's name, the
 * center's Ed25519 key, no expiry (RFC 5280's 99991231235959Z), key usage "digital signature", not a CA. The
 * JDK can parse certificates but offers no public API to make one (sun.security.x509 is not exported), so
 * the few DER structures are written here. Nothing relies on the certificate but the keystore itself: kits
 * are verified against bare public keys.
 */
final class SelfSignedCertificate {
	private static final byte[] ED25519 = { 0x06, 0x03, 0x2B, 0x65, 0x70 }; // OID 1.3.101.112
	private static final byte[] COMMON_NAME = { 0x06, 0x03, 0x55, 0x04, 0x03 }; // OID 2.5.4.3
	private static final byte[] KEY_USAGE = { 0x06, 0x03, 0x55, 0x1D, 0x0F }; // OID 2.5.29.15
	private static final byte[] BASIC_CONSTRAINTS = { 0x06, 0x03, 0x55, 0x1D, 0x13 }; // OID 2.5.29.19
	private static final byte SEQUENCE = 0x30;
	private static final byte SET = 0x31;
	private static final byte UTF8_STRING = 0x0C;

	private SelfSignedCertificate() {
	}

	static X509Certificate create(String commonName, KeyPair keys) throws GeneralSecurityException {
		byte[] algorithm = tlv(SEQUENCE, ED25519);
		byte[] name = name(commonName);
		byte[] tbs = tlv(SEQUENCE,
				tlv((byte) 0xA0, tlv((byte) 0x02, new byte[] { 2 })), // [0] version v3
				tlv((byte) 0x02, serialNumber()),
				algorithm, name, validity(), name, keys.getPublic().getEncoded(),
				tlv((byte) 0xA3, tlv(SEQUENCE, keyUsage(), basicConstraints())));
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(keys.getPrivate());
		signer.update(tbs);
		byte[] signature = signer.sign();
		byte[] der = tlv(SEQUENCE, tbs, algorithm, bitString(signature));
		return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
	}

	/** The CN this class wrote into the certificate's subject; null if the subject has another shape. */
	static String commonName(X509Certificate certificate) {
		byte[] der = certificate.getSubjectX500Principal().getEncoded();
		// Name ::= SEQUENCE { SET { SEQUENCE { OID, value } } }
		byte[] rdn = contentOf(der, 0, SEQUENCE);
		byte[] attribute = rdn == null ? null : contentOf(rdn, 0, SET);
		byte[] pair = attribute == null ? null : contentOf(attribute, 0, SEQUENCE);
		if (pair == null || pair.length < COMMON_NAME.length
				|| !Arrays.equals(Arrays.copyOf(pair, COMMON_NAME.length), COMMON_NAME)) {
			return null;
		}
		byte[] value = contentOf(pair, COMMON_NAME.length, UTF8_STRING);
		return value == null ? null : new String(value, StandardCharsets.UTF_8);
	}

	private static byte[] name(String commonName) {
		byte[] cn = tlv(UTF8_STRING, commonName.getBytes(StandardCharsets.UTF_8));
		return tlv(SEQUENCE, tlv(SET, tlv(SEQUENCE, COMMON_NAME, cn)));
	}

	private static byte[] serialNumber() {
		byte[] serial = new byte[16];
		new SecureRandom().nextBytes(serial);
		serial[0] = (byte) ((serial[0] & 0x7F) | 0x40); // positive, and no leading zero to strip
		return new BigInteger(serial).toByteArray();
	}

	private static byte[] validity() {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
		byte[] notBefore = tlv((byte) 0x17, // UTCTime
				DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").format(now).getBytes(StandardCharsets.US_ASCII));
		byte[] notAfter = tlv((byte) 0x18, "99991231235959Z".getBytes(StandardCharsets.US_ASCII)); // GeneralizedTime
		return tlv(SEQUENCE, notBefore, notAfter);
	}

	private static byte[] keyUsage() {
		// critical; KeyUsage BIT STRING with only digitalSignature (bit 0) set: 7 unused bits, 0x80
		return tlv(SEQUENCE, KEY_USAGE, tlv((byte) 0x01, new byte[] { (byte) 0xFF }),
				tlv((byte) 0x04, tlv((byte) 0x03, new byte[] { 7, (byte) 0x80 })));
	}

	private static byte[] basicConstraints() {
		// critical; BasicConstraints with cA FALSE (the default) is the empty SEQUENCE
		return tlv(SEQUENCE, BASIC_CONSTRAINTS, tlv((byte) 0x01, new byte[] { (byte) 0xFF }),
				tlv((byte) 0x04, tlv(SEQUENCE)));
	}

	private static byte[] bitString(byte[] bits) {
		byte[] content = new byte[bits.length + 1]; // leading byte: no unused bits
		System.arraycopy(bits, 0, content, 1, bits.length);
		return tlv((byte) 0x03, content);
	}

	/** A DER tag-length-value with the given parts concatenated as its content. */
	static byte[] tlv(byte tag, byte[]... parts) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			content.writeBytes(part);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int length = content.size();
		if (length < 0x80) {
			out.write(length);
		} else {
			byte[] digits = BigInteger.valueOf(length).toByteArray();
			int skip = digits[0] == 0 ? 1 : 0;
			out.write(0x80 | (digits.length - skip));
			out.write(digits, skip, digits.length - skip);
		}
		out.writeBytes(content.toByteArray());
		return out.toByteArray();
	}

	/** The content of the TLV at offset if it has the tag (short or long length), else null. */
	private static byte[] contentOf(byte[] der, int offset, byte tag) {
		if (offset + 2 > der.length || der[offset] != tag) {
			return null;
		}
		int first = der[offset + 1] & 0xFF;
		int start = offset + 2;
		int length = first;
		if (first >= 0x80) {
			int digits = first & 0x7F;
			if (digits > 3 || start + digits > der.length) {
				return null;
			}
			length = 0;
			for (int i = 0; i < digits; i++) {
				length = (length << 8) | (der[start + i] & 0xFF);
			}
			start += digits;
		}
		return start + length > der.length ? null : Arrays.copyOfRange(der, start, start + length);
	}
}
