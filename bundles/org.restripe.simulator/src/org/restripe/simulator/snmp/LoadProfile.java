package org.restripe.simulator.snmp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The load the site's hosts put on each volume and port, kept in the state directory as
 * {@value #FILE} so a test (or a demo) can make one volume fill and one port run hot:
 *
 * <pre>
 * volume.t3a.v0.requestsPerSecond=2000      # I/O requests a second while mounted
 * volume.t3a.v0.growthBytesPerHour=9e9      # how fast the hosts' data grows on it
 * volume.t3a.v0.usedPercent=40              # used space when the site starts
 * volume.t3a.v0.counterStart=18446744073709551000  # counters start here (near the 64-bit wrap, say)
 * port.t3a.u1p1.share=0.8                   # share of the array's I/O this port carries
 * port.t3a.u1p1.counterStart=4294967000     # near the 32-bit wrap of the request counter
 * readShare=0.7
 * cacheHitShare=0.85
 * </pre>
 *
 * A volume without an entry gets a load that follows its size: {@link ArrayLoad}'s figures per 100 GB.
 * A port without a share gets an equal part of what the shares of the array's other ports leave.
 */
public final class LoadProfile {
	public static final String FILE = "load.properties";
	private static final double HUNDRED_GB = 100e9;

	private final ArrayLoad per100Gb;
	private final Properties entries;

	/** What one volume's hosts do. */
	public record VolumeLoad(double requestsPerSecond, double growthBytesPerHour, double usedPercent, long counterStart) {
	}

	private LoadProfile(ArrayLoad per100Gb, Properties entries) {
		this.per100Gb = per100Gb;
		this.entries = entries;
	}

	/** Loads that follow the volumes' sizes only, at {@code per100Gb}'s figures for every 100 GB. */
	public static LoadProfile bySize(ArrayLoad per100Gb) {
		return new LoadProfile(per100Gb, new Properties());
	}

	/** The profile in {@code stateDir}'s {@value #FILE}, or by size alone when there is none (or no directory). */
	public static LoadProfile load(Path stateDir, ArrayLoad per100Gb) throws IOException {
		Properties entries = new Properties();
		Path file = stateDir == null ? null : stateDir.resolve(FILE);
		if (file != null && Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				entries.load(in);
			}
		}
		LoadProfile profile = new LoadProfile(per100Gb, entries);
		profile.readShare(); // a bad number is an error now, naming the file, not a dead agent later
		profile.cacheHitShare();
		return profile;
	}

	public double readShare() {
		return number("readShare", per100Gb.readShare());
	}

	public double cacheHitShare() {
		return number("cacheHitShare", per100Gb.cacheHitShare());
	}

	public VolumeLoad volume(String array, String volume, long capacityBytes) {
		String key = "volume." + array + "." + volume + ".";
		double gb100 = capacityBytes / HUNDRED_GB;
		return new VolumeLoad(number(key + "requestsPerSecond", per100Gb.requestsPerSecond() * gb100),
				number(key + "growthBytesPerHour", per100Gb.growthBytesPerHour() * gb100),
				number(key + "usedPercent", 40), unsigned(key + "counterStart"));
	}

	/** The share of the array's I/O that {@code port} carries, among {@code ports} (the array's). */
	public double portShare(String array, String port, List<String> ports) {
		double given = 0;
		int without = 0;
		for (String p : ports) {
			String value = entries.getProperty("port." + array + "." + p + ".share");
			if (value == null) {
				without++;
			} else {
				given += number("port." + array + "." + p + ".share", 0);
			}
		}
		String mine = entries.getProperty("port." + array + "." + port + ".share");
		if (mine != null) {
			return number("port." + array + "." + port + ".share", 0);
		}
		return without == 0 ? 0 : Math.max(0, 1 - given) / without;
	}

	public long portCounterStart(String array, String port) {
		return unsigned("port." + array + "." + port + ".counterStart");
	}

	private double number(String key, double otherwise) {
		String value = entries.getProperty(key);
		if (value == null) {
			return otherwise;
		}
		try {
			double d = Double.parseDouble(value.trim());
			if (!(d >= 0) || Double.isInfinite(d)) {
				throw new NumberFormatException();
			}
			return d;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(FILE + ": " + key + "=" + value + " is not a number >= 0");
		}
	}

	private long unsigned(String key) {
		String value = entries.getProperty(key);
		try {
			return value == null ? 0 : Long.parseUnsignedLong(value.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(FILE + ": " + key + "=" + value + " is not a counter value (0 to 2^64-1)");
		}
	}
}
