package org.restripe.ui.properties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.ui.properties.EObjectPropertySource.ValueKind;

/**
 * Checks and conversions behind the Properties view's cell editors: what may be typed, and what the
 * element's array (its catalog model) supports. Every refusal names the field and says what is allowed; typed
 * text is quoted with double quotes, since a text cell editor runs its message through MessageFormat, which
 * swallows single quotes.
 */
final class PropertyValues {
	/** "36.4 GB", "500 MB", "36.4" (GB when no unit is typed); decimal units as vendors quote disk sizes. */
	private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]*)");

	private PropertyValues() {
	}

	/** Whether the element's array supports that value (RAID level, block size, cache mode, CKD type, port kind). */
	static boolean supported(EObject object, EAttribute attribute, Object value) {
		return ArrayLimits.supports(object, attribute, value);
	}

	/** Null when the picked choice may be set, else why not. */
	static String choiceProblem(EObject object, EAttribute attribute, String field, Object index, List<Object> choices) {
		String allowed = choices.stream().map(ArrayLimits::words).collect(Collectors.joining(", "));
		if (!(index instanceof Integer i) || i < 0 || i >= choices.size()) {
			return field + ": pick one of " + allowed;
		}
		if (!supported(object, attribute, choices.get(i))) {
			String model = ArrayLimits.modelOf(object).map(ArrayModel::name).orElse("this array");
			return field + ": a " + model + " cannot do " + ArrayLimits.words(choices.get(i)) + "; it offers " + allowed;
		}
		return null;
	}

	/** Null when the text may be set, else why not. */
	static String textProblem(ValueKind kind, String field, String text) {
		String value = text == null ? "" : text.trim();
		if (kind == ValueKind.NUMBER) {
			try {
				return Integer.parseInt(value) < 0 ? field + ": \"" + value + "\" is negative; type a whole number, 0 or more"
						: null;
			} catch (NumberFormatException e) {
				return field + ": \"" + value + "\" is not a whole number; type 0 or more";
			}
		}
		if (kind == ValueKind.BYTES) {
			return sizeProblem(field, value);
		}
		return null;
	}

	private static String sizeProblem(String field, String value) {
		String allowed = "; type a size in MB or GB, e.g. 500 MB or 36.4 GB";
		if (value.startsWith("-")) {
			return field + ": \"" + value + "\" is negative" + allowed;
		}
		Matcher m = SIZE.matcher(value);
		if (!m.matches()) {
			return field + ": \"" + value + "\" is not a size" + allowed;
		}
		if (unitExponent(m.group(2)) < 0) {
			return field + ": \"" + m.group(2) + "\" is not a unit" + allowed;
		}
		if (new BigDecimal(m.group(1)).movePointRight(unitExponent(m.group(2))).stripTrailingZeros().scale() > 0) {
			return field + ": \"" + value + "\" is finer than one byte" + allowed;
		}
		return null;
	}

	/** Powers of ten of MB, GB and TB (a bare number is GB); -1 for anything else. */
	private static int unitExponent(String unit) {
		return switch (unit.toUpperCase(Locale.ROOT)) {
		case "", "G", "GB" -> 9;
		case "M", "MB" -> 6;
		case "T", "TB" -> 12;
		case "B" -> 0;
		default -> -1;
		};
	}

	static Object parse(ValueKind kind, String text) {
		return switch (kind) {
		case NUMBER -> Integer.parseInt(text);
		case BYTES -> bytes(text);
		default -> text;
		};
	}

	private static long bytes(String text) {
		Matcher m = SIZE.matcher(text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("not a size: " + text);
		}
		return new BigDecimal(m.group(1)).movePointRight(unitExponent(m.group(2))).longValueExact();
	}

	/** A size as the engineer types it, exactly: "36.4 GB", "500 MB" below a gigabyte. */
	static String size(Long bytes) {
		long value = bytes == null ? 0 : bytes;
		boolean small = value != 0 && value < 1_000_000_000L;
		return new BigDecimal(value).movePointLeft(small ? 6 : 9).stripTrailingZeros().toPlainString()
				+ (small ? " MB" : " GB");
	}
}
