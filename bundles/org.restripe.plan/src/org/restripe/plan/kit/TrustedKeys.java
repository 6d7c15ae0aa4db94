package org.restripe.plan.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The solutions centers whose kits this workbench accepts: DATA/keys/trusted-keys.txt, one exported
 * {@link CenterPublicKey} line each (blank lines and {@code #} comments allowed), plus this center's own key
 * (DATA/keys/center.pub), which is always trusted.
 */
public final class TrustedKeys {
	static final String FILE = "trusted-keys.txt";

	private final Path file;
	private final CenterPublicKey own;
	private final List<CenterPublicKey> others;

	private TrustedKeys(Path file, CenterPublicKey own, List<CenterPublicKey> others) {
		this.file = file;
		this.own = own;
		this.others = others;
	}

	/** Reads the trusted keys of the data directory; a damaged line is refused naming its file and line. */
	public static TrustedKeys open(Path dataDirectory) throws KitException {
		Path ownFile = CenterKey.publicKeyFile(dataDirectory);
		CenterPublicKey own = null;
		if (Files.exists(ownFile)) {
			List<CenterPublicKey> read = read(ownFile);
			own = read.isEmpty() ? null : read.get(0);
		}
		Path file = KeyFiles.folder(dataDirectory).resolve(FILE);
		return new TrustedKeys(file, own, Files.exists(file) ? read(file) : new ArrayList<>());
	}

	/** The fingerprint of an exported key line, to compare with the one its center reads out. */
	public static String fingerprint(String line) throws KitException {
		return CenterPublicKey.parse(line).fingerprint();
	}

	/**
	 * Trusts the center of an exported key line from now on (written to trusted-keys.txt); a key already
	 * trusted is not added twice. Refused, with the reason, when the line is not a center key.
	 */
	public synchronized CenterPublicKey trust(String line) throws KitException {
		CenterPublicKey key;
		try {
			key = CenterPublicKey.parse(line);
		} catch (KitException e) {
			throw new KitException("not trusted: " + e.getMessage(), e);
		}
		Optional<CenterPublicKey> known = find(key);
		if (known.isPresent()) {
			return known.get();
		}
		StringBuilder text = new StringBuilder();
		try {
			if (Files.exists(file)) {
				String existing = Files.readString(file, StandardCharsets.UTF_8);
				text.append(existing);
				if (!existing.isEmpty() && !existing.endsWith("\n")) {
					text.append('\n');
				}
			}
			text.append(key.line()).append('\n');
			KeyFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), true);
		} catch (IOException e) {
			throw new KitException(file + ": the trusted keys cannot be written (" + e.getMessage() + ")", e);
		}
		others.add(key);
		return key;
	}

	/**
	 * Trusts the center of {@code key} no more (its lines taken out of trusted-keys.txt, comments kept); this
	 * center's own key stays trusted and is refused here. False when the key was not trusted.
	 */
	public synchronized boolean remove(CenterPublicKey key) throws KitException {
		if (own != null && own.sameKey(key)) {
			throw new KitException("this center's own key (" + own.fingerprint() + ") is always trusted");
		}
		if (others.stream().noneMatch(k -> k.sameKey(key))) {
			return false;
		}
		StringBuilder text = new StringBuilder();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!isKey(line, key)) {
					text.append(line).append('\n');
				}
			}
			KeyFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), true);
		} catch (IOException e) {
			throw new KitException(file + ": the trusted keys cannot be written (" + e.getMessage() + ")", e);
		}
		others.removeIf(k -> k.sameKey(key));
		return true;
	}

	private static boolean isKey(String line, CenterPublicKey key) {
		String text = line.strip();
		if (text.isEmpty() || text.startsWith("#")) {
			return false;
		}
		try {
			return CenterPublicKey.parse(text).sameKey(key);
		} catch (KitException e) {
			return false; // open() refuses a damaged file, so there is none here
		}
	}

	/** Every trusted center key, this center's own first. */
	public synchronized List<CenterPublicKey> list() {
		List<CenterPublicKey> all = new ArrayList<>();
		if (own != null) {
			all.add(own);
		}
		others.stream().filter(k -> own == null || !k.sameKey(own)).forEach(all::add);
		return List.copyOf(all);
	}

	/** The trusted entry with the same key (and the name this workbench knows it by), if any. */
	public Optional<CenterPublicKey> find(CenterPublicKey key) {
		return list().stream().filter(k -> k.sameKey(key)).findFirst();
	}

	public Path file() {
		return file;
	}

	private static List<CenterPublicKey> read(Path file) throws KitException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new KitException(file + ": the trusted keys cannot be read (" + e.getMessage() + ")", e);
		}
		List<CenterPublicKey> keys = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				keys.add(CenterPublicKey.parse(line));
			} catch (KitException e) {
				throw new KitException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
			}
		}
		return keys;
	}
}
