package org.restripe.ui.properties;

import java.util.Collection;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdType;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.StorageUnit;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;

/**
 * What an element's array (its device catalog model) lets the engineer choose, and why a property cannot be
 * changed in a design at all. The reasons are the planner's and the catalog's, said where the engineer edits.
 */
public final class ArrayLimits {
	private ArrayLimits() {
	}

	/** The catalog model of the array the element belongs to (the array itself included), if known. */
	public static Optional<ArrayModel> modelOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof StorageUnit unit) {
				return DeviceCatalog.standard().find(unit.getCatalogModel());
			}
		}
		return Optional.empty();
	}

	/** The values the array supports for that enumeration, or null when the catalog does not limit it. */
	static Collection<?> allowed(EObject element, EStructuralFeature feature) {
		ArrayModel model = modelOf(element).orElse(null);
		if (model == null) {
			return null;
		}
		if (feature == Literals.VOLUME__RAID_LEVEL) {
			return model.raid().keySet();
		}
		if (feature == Literals.CACHE_SETTINGS__BLOCK_SIZE) {
			return model.blockSizes();
		}
		if (feature == Literals.CACHE_SETTINGS__CACHE_MODE) {
			return model.cacheModes();
		}
		if (feature == Literals.CKD_DEVICE__DEVICE_TYPE) {
			return model.ckdTypes();
		}
		return feature == Literals.PORT__KIND ? model.channels() : null;
	}

	/** Whether the element's array supports that value of the feature. */
	static boolean supports(EObject element, EStructuralFeature feature, Object value) {
		Collection<?> allowed = allowed(element, feature);
		return allowed == null || allowed.contains(value);
	}

	/**
	 * Why the engineer cannot change that property of the element in a design, or null if they can: the
	 * array offers one value only, or the planner plans reconfiguration, not new hardware or firmware.
	 */
	public static String fixedReason(EObject element, EStructuralFeature feature) {
		Collection<?> allowed = allowed(element, feature);
		if (allowed != null && allowed.size() <= 1) {
			ArrayModel model = modelOf(element).orElseThrow();
			return allowed.isEmpty() ? model.name() + " offers no choice of " + feature.getName()
					: model.name() + " offers " + words(allowed.iterator().next()) + " only";
		}
		if (feature == Literals.STORAGE_UNIT__CATALOG_MODEL || feature == Literals.STORAGE_UNIT__FIRMWARE) {
			return "another array model or firmware is new hardware, not a reconfiguration";
		}
		if (feature == Literals.STORAGE_UNIT__ADDRESS) {
			return "the array's address is set at the site, not by a reconfiguration";
		}
		if (feature == Literals.DISK__SIZE || feature == Literals.DISK__SLOT || feature == Literals.TRAY__NUMBER) {
			return "disks and trays are replaced in a request of their own; add a tray or disks instead";
		}
		if (feature == Literals.DISK__ROLE || feature == Literals.DISK__STATUS || feature == Literals.VOLUME__OPERATION
				|| feature == Literals.VOLUME__PROGRESS) {
			return "the array reports it; discovery reads it";
		}
		return null;
	}

	/** A value in the engineer's words: "RAID 5", "64k", "fibre channel", "3390-9". */
	static String words(Object value) {
		if (value instanceof RaidLevel level) {
			return "RAID " + level.getValue();
		}
		if (value instanceof BlockSize || value instanceof CkdType) {
			return value.toString();
		}
		if (value instanceof ChannelKind kind) {
			return switch (kind) {
			case FIBRE_CHANNEL -> "fibre channel";
			case SCSI -> "SCSI";
			case ESCON -> "ESCON";
			case FICON -> "FICON";
			};
		}
		if (value instanceof CacheMode mode) {
			return "cache mode " + mode;
		}
		return String.valueOf(value);
	}
}
