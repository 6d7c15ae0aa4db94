package org.restripe.monitor.samples;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One read of {@link SampleStore#readSiteDailyMeans}: raw samples first (they decide which blocks can be used:
 * a day that is part rolled up, part raw, must be summed whole), then the blocks wholly inside the window, then
 * the days outside them, each series' parts summed.
 */
final class DailyMeansRead {
	private final Connection c;
	private final String site;
	private final String metric;
	private final Instant from;
	private final Instant to;
	private final Collection<Long> series;
	/** The blocks wholly inside [from, to): starts in [blockFrom, blockEnd). */
	private final long blockFrom;
	private final long blockEnd;

	DailyMeansRead(Connection c, String site, String metric, Instant from, Instant to, Collection<Long> series) {
		this.c = c;
		this.site = site;
		this.metric = metric;
		this.from = from;
		this.to = to;
		this.series = series;
		long first = Blocks.blockOf(from.toEpochMilli());
		this.blockFrom = first == from.toEpochMilli() ? first : first + Blocks.LENGTH_MILLIS;
		this.blockEnd = Math.max(blockFrom, Blocks.blockOf(to.toEpochMilli()));
	}

	Map<Long, MeanSums> read() throws SQLException {
		Map<Long, List<SeriesPoint>> points = new LinkedHashMap<>();
		series.forEach(id -> points.put(id, new ArrayList<>()));
		SeriesReads.eachSeries(c, from, to, false, points);
		Set<Long> whole = seriesWithoutRawInBlocks(points);
		Map<Long, List<SeriesPoint>> dayWise = new LinkedHashMap<>(points);
		dayWise.keySet().removeAll(whole);
		if (!dayWise.isEmpty()) {
			// a day of a block still has raw samples (a late sample the roll-up has not reached): all days
			SeriesReads.daily(c, site, metric, Instant.ofEpochMilli(blockFrom), Instant.ofEpochMilli(blockEnd), dayWise);
		}
		SeriesReads.daily(c, site, metric, from, Instant.ofEpochMilli(blockFrom), points);
		SeriesReads.daily(c, site, metric, Instant.ofEpochMilli(blockEnd), to, points);
		Map<Long, MeanSums> sums = new LinkedHashMap<>();
		points.forEach((id, list) -> sums.put(id, MeanSums.of(SeriesReads.byDay(list))));
		Map<Long, MeanSums> blockSums = new LinkedHashMap<>();
		whole.forEach(id -> blockSums.put(id, MeanSums.NONE));
		if (blockFrom < blockEnd && !blockSums.isEmpty()) {
			Blocks.read(c, site, metric, blockFrom, blockEnd, blockSums);
		}
		blockSums.forEach((id, blocks) -> sums.merge(id, blocks, MeanSums::plus));
		return sums;
	}

	private Set<Long> seriesWithoutRawInBlocks(Map<Long, List<SeriesPoint>> raw) {
		Set<Long> whole = new HashSet<>();
		raw.forEach((id, samples) -> {
			if (samples.stream().noneMatch(p -> p.atMillis() >= blockFrom && p.atMillis() < blockEnd)) {
				whole.add(id);
			}
		});
		return whole;
	}
}
