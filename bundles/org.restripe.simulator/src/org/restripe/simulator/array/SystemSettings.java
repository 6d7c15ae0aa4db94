package org.restripe.simulator.array;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.restripe.model.CacheMode;
import org.restripe.model.CacheSettings;
import org.restripe.model.MirrorMode;
import org.restripe.model.MultipathMode;
import org.restripe.model.ReconRate;

/**
 * The {@code sys} settings other than the block size, in the array's spelling (REFERENCE.md marks these
 * spellings unverified, so they live in this one table).
 */
final class SystemSettings {
	static final Map<String, List<String>> VALUES = new LinkedHashMap<>();

	static {
		VALUES.put("cache", List.of("auto", "writebehind", "writethrough", "off"));
		VALUES.put("mirror", List.of("auto", "off"));
		VALUES.put("mp_support", List.of("none", "rw", "mpxio", "std"));
		VALUES.put("rd_ahead", List.of("on", "off"));
		VALUES.put("recon_rate", List.of("low", "med", "high"));
	}

	private SystemSettings() {
	}

	static void apply(CacheSettings cache, String setting, String value) throws ArrayCommandException {
		List<String> allowed = VALUES.get(setting);
		if (allowed == null) {
			throw new ArrayCommandException("sys: unknown setting " + setting);
		}
		if (value == null || !allowed.contains(value)) {
			throw new ArrayCommandException("sys: invalid value for " + setting + ", expected one of "
					+ String.join(" ", allowed));
		}
		switch (setting) {
		case "cache" -> cache.setCacheMode(CacheMode.get(value));
		case "mirror" -> cache.setMirror(MirrorMode.get(value));
		case "mp_support" -> cache.setMultipath(multipath(value));
		case "rd_ahead" -> cache.setReadAhead("on".equals(value));
		default -> cache.setReconRate(ReconRate.get(value));
		}
	}

	static String multipathLiteral(MultipathMode mode) {
		return switch (mode) {
		case READ_WRITE -> "rw";
		case MPXIO -> "mpxio";
		case STD -> "std";
		default -> "none";
		};
	}

	private static MultipathMode multipath(String value) {
		return switch (value) {
		case "rw" -> MultipathMode.READ_WRITE;
		case "mpxio" -> MultipathMode.MPXIO;
		case "std" -> MultipathMode.STD;
		default -> MultipathMode.NONE;
		};
	}
}
