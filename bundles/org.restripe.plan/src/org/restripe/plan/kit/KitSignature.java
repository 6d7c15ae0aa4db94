package org.restripe.plan.kit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;

/**
 * signature.txt: the signing center's detached Ed25519 signature over the exact bytes of manifest.txt, which
 * lists every other part's SHA-256, so the signature vouches for the whole kit. Four lines:
 * {@code format restripe-kit-signature 1}, {@code signer <exported key line>}, {@code fingerprint <of that
 * key>} and {@code signature <base64>}.
 */
final class KitSignature {
	static final String FORMAT = "restripe-kit-signature 1";

	private KitSignature() {
	}

	static byte[] sign(byte[] manifest, CenterKey center) throws KitException {
		String text = "format " + FORMAT + "\n"
				+ "signer " + center.publicKey().line() + "\n"
				+ "fingerprint " + center.fingerprint() + "\n"
				+ "signature " + Base64.getEncoder().encodeToString(center.sign(manifest)) + "\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The trusted center that signed the manifest, as this workbench knows it; refused when the signer is
	 * not trusted or the signature does not match the manifest.
	 */
	static CenterPublicKey verify(Path file, byte[] signatureText, byte[] manifest, TrustedKeys trusted)
			throws KitException {
		String[] lines = new String(signatureText, StandardCharsets.UTF_8).split("\n");
		if (lines.length != 4 || !lines[0].equals("format " + FORMAT) || !lines[1].startsWith("signer ")
				|| !lines[2].startsWith("fingerprint ") || !lines[3].startsWith("signature ")) {
			throw new KitException("bad signature: " + file + ": " + Kit.SIGNATURE + " is not a " + FORMAT
					+ " signature");
		}
		CenterPublicKey signer;
		try {
			signer = CenterPublicKey.parse(lines[1].substring("signer ".length()));
		} catch (KitException e) {
			throw new KitException("bad signature: " + file + ": the signer's key is damaged (" + e.getMessage() + ")", e);
		}
		if (!signer.fingerprint().equals(lines[2].substring("fingerprint ".length()).strip())) {
			throw new KitException("bad signature: " + file + ": the fingerprint in " + Kit.SIGNATURE
					+ " is not that of the signer's key " + signer.fingerprint());
		}
		CenterPublicKey known = trusted.find(signer).orElseThrow(() -> new KitException(file + " is signed by "
				+ signer.name() + " (key " + signer.fingerprint() + "), a center this workbench does not trust; "
				+ "if you trust that center, add its key line to " + trusted.file()));
		if (!verifies(signer, manifest, lines[3].substring("signature ".length()).strip())) {
			throw new KitException("bad signature: " + file + ": " + Kit.MANIFEST + " does not match the signature of "
					+ known + "; the kit was altered after it was signed");
		}
		return known;
	}

	private static boolean verifies(CenterPublicKey signer, byte[] manifest, String base64) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(signer.key());
			verifier.update(manifest);
			return verifier.verify(Base64.getDecoder().decode(base64));
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			return false; // a signature that is not even base64 or 64 bytes is no signature of this manifest
		}
	}
}
