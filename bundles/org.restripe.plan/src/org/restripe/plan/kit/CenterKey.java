package org.restripe.plan.kit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * This solutions center's own Ed25519 key pair, which signs the kits it builds. It lives in a PKCS12
 * keystore, DATA/keys/center.p12 (owner-only), made on first use; the password arrives through
 * {@link KeyPassword} and is never kept. The public half is also written to DATA/keys/center.pub (the line
 * another workbench trusts), so verifying a kit here needs no password.
 */
public final class CenterKey {
	static final String KEYSTORE = "center.p12";
	static final String PUBLIC_KEY = "center.pub";
	private static final String ALIAS = "restripe-center";

	private final PrivateKey privateKey;
	private final CenterPublicKey publicKey;

	private CenterKey(PrivateKey privateKey, CenterPublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
	}

	/** Opens the center's key, making one named {@link #defaultName()} on first use. */
	public static CenterKey open(Path dataDirectory, KeyPassword password) throws KitException {
		return open(dataDirectory, defaultName(), password);
	}

	/**
	 * Opens the center's key, or makes it on first use with the given name; an existing key keeps the name it
	 * was made with (it is in the keystore's certificate).
	 */
	public static CenterKey open(Path dataDirectory, String nameIfCreated, KeyPassword password) throws KitException {
		Path file = keystoreFile(dataDirectory);
		CenterKey key = Files.exists(file) ? load(file, password) : create(file, nameIfCreated, password);
		key.writePublicKey(KeyFiles.folder(dataDirectory).resolve(PUBLIC_KEY));
		return key;
	}

	/** "Restripe center HOSTNAME", the name a center gets unless it is given another. */
	public static String defaultName() {
		try {
			return "Restripe center " + InetAddress.getLocalHost().getHostName();
		} catch (UnknownHostException e) {
			return "Restripe center (unnamed host)";
		}
	}

	public static Path keystoreFile(Path dataDirectory) {
		return KeyFiles.folder(dataDirectory).resolve(KEYSTORE);
	}

	/** DATA/keys/center.pub: this center's exported key line, written whenever the key is opened. */
	public static Path publicKeyFile(Path dataDirectory) {
		return KeyFiles.folder(dataDirectory).resolve(PUBLIC_KEY);
	}

	public CenterPublicKey publicKey() {
		return publicKey;
	}

	public String name() {
		return publicKey.name();
	}

	public String fingerprint() {
		return publicKey.fingerprint();
	}

	/** The Ed25519 signature of the bytes. */
	byte[] sign(byte[] bytes) throws KitException {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(privateKey);
			signer.update(bytes);
			return signer.sign();
		} catch (GeneralSecurityException e) {
			throw new KitException("the kit cannot be signed with the center key: " + e.getMessage(), e);
		}
	}

	private static CenterKey load(Path file, KeyPassword password) throws KitException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new KitException(file + ": the center key cannot be read (" + e.getMessage() + ")", e);
		}
		char[] secret = ask(password, false, file);
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(bytes), secret);
			if (!(store.getKey(ALIAS, secret) instanceof PrivateKey key)
					|| !(store.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
				throw new KitException(file + " holds no center key (no '" + ALIAS + "' key entry)");
			}
			String name = SelfSignedCertificate.commonName(certificate);
			return new CenterKey(key, new CenterPublicKey(name != null ? name
					: certificate.getSubjectX500Principal().getName(), certificate.getPublicKey()));
		} catch (IOException e) {
			if (e.getCause() instanceof UnrecoverableKeyException) {
				throw new KitException(file + ": wrong password for the center key's keystore", e);
			}
			throw new KitException(file + ": the center key's keystore is damaged (" + e.getMessage() + ")", e);
		} catch (UnrecoverableKeyException e) {
			throw new KitException(file + ": wrong password for the center key", e);
		} catch (GeneralSecurityException e) {
			throw new KitException(file + ": the center key cannot be opened (" + e.getMessage() + ")", e);
		} finally {
			Arrays.fill(secret, '\0');
		}
	}

	private static CenterKey create(Path file, String name, KeyPassword password) throws KitException {
		String checked = CenterPublicKey.checkedName(name);
		char[] secret = ask(password, true, file);
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			Certificate certificate = SelfSignedCertificate.create(checked, pair);
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(ALIAS, pair.getPrivate(), secret, new Certificate[] { certificate });
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, secret);
			if (!KeyFiles.write(file, out.toByteArray(), false)) {
				return load(file, password); // another workbench process made it meanwhile
			}
			return new CenterKey(pair.getPrivate(), new CenterPublicKey(checked, pair.getPublic()));
		} catch (GeneralSecurityException e) {
			throw new KitException("the center key cannot be made: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new KitException(file + ": the center key cannot be written (" + e.getMessage() + ")", e);
		} finally {
			Arrays.fill(secret, '\0');
		}
	}

	private static char[] ask(KeyPassword password, boolean creating, Path file) throws KitException {
		char[] secret;
		try {
			secret = password.password(creating);
		} catch (IOException e) {
			throw new KitException("no password for the center key " + file + ": " + e.getMessage(), e);
		}
		if (secret == null || secret.length == 0) {
			throw new KitException("no password for the center key " + file + ": the password is empty");
		}
		return secret;
	}

	private void writePublicKey(Path file) throws KitException {
		byte[] line = (publicKey.line() + "\n").getBytes(StandardCharsets.UTF_8);
		try {
			if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), line)) {
				KeyFiles.write(file, line, true);
			}
		} catch (IOException e) {
			throw new KitException(file + ": the center's public key cannot be written (" + e.getMessage() + ")", e);
		}
	}
}
