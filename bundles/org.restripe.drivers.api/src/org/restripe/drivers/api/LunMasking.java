package org.restripe.drivers.api;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.restripe.model.Host;
import org.restripe.model.LunMapping;

/**
 * LUN masking: which world wide names an array lets see a mapped LUN, and how (rw, ro). The model names the
 * host a LUN is mapped to; an array knows only WWNs. Designed, the WWNs of a mapping are the world wide port
 * names of its host's HBAs (the initiators, {@link Host#getHbaWwns()}): {@code lun perm} grants the
 * initiator, never the array's own port. A host without HBA WWNs gets no masking, only the LUN map.
 * Discovered, they are what the array's masking table shows, kept beside the discovered mapping as an
 * adapter: verification compares them, nothing saves them.
 */
public final class LunMasking extends AdapterImpl {
	private final Map<String, String> access = new TreeMap<>();

	private LunMasking() {
	}

	/** The WWNs the design lets see this mapping's LUN: its host's HBA WWNs, normalised; malformed ones left out. */
	public static Set<String> wwnsOf(LunMapping mapping) {
		Set<String> wwns = new LinkedHashSet<>();
		Host host = mapping.getHost();
		if (host != null) {
			for (String wwn : host.getHbaWwns()) {
				String normal = normal(wwn);
				if (isWwn(normal)) {
					wwns.add(normal);
				}
			}
		}
		return wwns;
	}

	/** A WWN as arrays print it: 16 lower-case hex digits, without colons. */
	public static String normal(String wwn) {
		return wwn == null ? "" : wwn.replace(":", "").strip().toLowerCase(Locale.ROOT);
	}

	public static boolean isWwn(String wwn) {
		return wwn.matches("[0-9a-f]{16}");
	}

	/** The masking discovery found for this mapping, attaching an empty one the first time. */
	public static LunMasking of(LunMapping mapping) {
		return find(mapping).orElseGet(() -> {
			LunMasking masking = new LunMasking();
			mapping.eAdapters().add(masking);
			return masking;
		});
	}

	/** The masking discovery found for this mapping, if it read one. */
	public static Optional<LunMasking> find(LunMapping mapping) {
		return mapping.eAdapters().stream().filter(LunMasking.class::isInstance).map(LunMasking.class::cast).findFirst();
	}

	public void grant(String wwn, String how) {
		access.put(normal(wwn), how);
	}

	/** Each WWN the array lets see the LUN, with its access (rw, ro), sorted. */
	public Map<String, String> access() {
		return Collections.unmodifiableMap(access);
	}
}
