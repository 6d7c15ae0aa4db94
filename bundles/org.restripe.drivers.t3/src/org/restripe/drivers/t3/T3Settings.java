package org.restripe.drivers.t3;

import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.CacheSettings;
import org.restripe.model.MirrorMode;
import org.restripe.model.MultipathMode;
import org.restripe.model.ReconRate;
import org.restripe.model.StorageUnit;

/** Reads {@code sys list}: one {@code key : value} a line; keys the model does not hold are skipped. */
final class T3Settings {
	private final StorageUnit unit;

	T3Settings(StorageUnit unit) {
		this.unit = unit;
	}

	void read(String sysList) throws DiscoveryException {
		CacheSettings cache = unit.getCache();
		for (String line : T3Output.lines(sysList)) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String key = line.substring(0, colon).strip();
			String value = line.substring(colon + 1).strip();
			switch (key) {
			case "blocksize" -> cache.setBlockSize(known(BlockSize.get(value), key, value));
			case "cache" -> cache.setCacheMode(known(CacheMode.get(value), key, value));
			case "mirror" -> cache.setMirror(known(MirrorMode.get(value), key, value));
			case "rd_ahead" -> cache.setReadAhead(onOff(key, value));
			case "recon_rate" -> cache.setReconRate(known(ReconRate.get(value), key, value));
			case "mp_support" -> cache.setMultipath(known(multipath(value), key, value));
			case "enable_volslice" -> unit.setVolumeSlicing(onOff(key, value));
			default -> {
				// controller, naca, memory sizes, fc settings: not part of the configuration Restripe plans
			}
			}
		}
	}

	/** The array's mp_support word for a multipath mode, and back. */
	static String multipathWord(MultipathMode mode) {
		return switch (mode) {
		case NONE -> "none";
		case READ_WRITE -> "rw";
		case MPXIO -> "mpxio";
		case STD -> "std";
		};
	}

	private static MultipathMode multipath(String word) {
		for (MultipathMode mode : MultipathMode.values()) {
			if (multipathWord(mode).equals(word)) {
				return mode;
			}
		}
		return null;
	}

	private static boolean onOff(String key, String value) throws DiscoveryException {
		if (!value.equals("on") && !value.equals("off")) {
			throw new DiscoveryException("sys list: " + key + " is '" + value + "', expected on or off");
		}
		return value.equals("on");
	}

	private static <T> T known(T parsed, String key, String value) throws DiscoveryException {
		if (parsed == null) {
			throw new DiscoveryException("sys list: unknown " + key + " '" + value + "'");
		}
		return parsed;
	}
}
