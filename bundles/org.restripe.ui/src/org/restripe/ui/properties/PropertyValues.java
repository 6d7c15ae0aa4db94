package org.restripe.ui.properties;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripePackage;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.ui.properties.EObjectPropertySource.ValueKind;

/**
 * Checks and conversions behind the Properties view's cell editors: what may be typed, and what the
 * element's array (its catalog model) supports.
 */
final class PropertyValues {
	private PropertyValues() {
	}

	/** Whether the element's array supports that value; only a volume's RAID level is limited by the catalog. */
	static boolean supported(EObject object, EAttribute attribute, Object value) {
		if (attribute == RestripePackage.Literals.VOLUME__RAID_LEVEL && object instanceof Volume volume
				&& volume.eContainer() instanceof StorageUnit unit) {
			ArrayModel model = DeviceCatalog.standard().find(unit.getCatalogModel()).orElse(null);
			return model == null || model.supports((RaidLevel) value);
		}
		return true;
	}

	/** Null when the picked choice may be set, else why not. */
	static String choiceProblem(EObject object, EAttribute attribute, Object index, List<Object> choices) {
		if (!(index instanceof Integer i) || i < 0 || i >= choices.size()) {
			return "Pick one of " + choices;
		}
		if (!supported(object, attribute, choices.get(i))) {
			return choices.get(i) + " is not supported by this array's model";
		}
		return null;
	}

	/** Null when the text may be set, else why not. */
	static String textProblem(ValueKind kind, String text) {
		String value = text == null ? "" : text.trim();
		if (kind == ValueKind.NUMBER) {
			try {
				return Integer.parseInt(value) < 0 ? "Must not be negative" : null;
			} catch (NumberFormatException e) {
				return "'" + value + "' is not a whole number";
			}
		}
		if (kind == ValueKind.BYTES) {
			try {
				BigDecimal gb = new BigDecimal(value);
				return gb.signum() < 0 ? "Must not be negative"
						: gb.movePointRight(9).stripTrailingZeros().scale() > 0 ? "Finer than one byte" : null;
			} catch (NumberFormatException e) {
				return "'" + value + "' is not a size in GB (e.g. 36.4)";
			}
		}
		return null;
	}

	static Object parse(ValueKind kind, String text) {
		return switch (kind) {
		case NUMBER -> Integer.parseInt(text);
		case BYTES -> new BigDecimal(text).movePointRight(9).longValueExact();
		default -> text;
		};
	}

	/** Sizes are typed in decimal GB, exactly (36.4 is 36,400,000,000 bytes). */
	static String gigabytes(Long bytes) {
		return bytes == null ? "0" : new BigDecimal(bytes).movePointLeft(9).stripTrailingZeros().toPlainString();
	}
}
