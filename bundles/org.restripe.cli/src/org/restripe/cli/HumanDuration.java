package org.restripe.cli;

import java.time.Duration;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration as people write it: {@code 90s}, {@code 10m}, {@code 1h} (a bare number is seconds). */
final class HumanDuration implements ITypeConverter<Duration> {
	@Override
	public Duration convert(String value) {
		String v = value.strip();
		try {
			if (v.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
			}
			long n = Long.parseLong(v.replaceAll("[smh]$", ""));
			if (n <= 0) {
				throw new TypeConversionException("'" + value + "' must be longer than nothing");
			}
			return switch (v.charAt(v.length() - 1)) {
			case 'm' -> Duration.ofMinutes(n);
			case 'h' -> Duration.ofHours(n);
			default -> Duration.ofSeconds(n);
			};
		} catch (NumberFormatException e) {
			throw new TypeConversionException("'" + value + "' is not a duration: write e.g. 90s, 10m or 1h");
		}
	}
}
