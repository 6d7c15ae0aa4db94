package org.restripe.ui.operations;

import java.util.List;

import org.restripe.ui.session.CastEvent;

/**
 * Where a replay stands in a recording: the session's time reached and how many of its events that shows.
 * Played at a speed (1x, 4x) it advances by the wall time passed times the speed; instant reaches the end.
 */
public final class ReplayClock {
	/** The speeds the engineer chooses from; 0 is instant. */
	public enum Speed {
		NORMAL("1x", 1), FAST("4x", 4), INSTANT("instant", 0);

		private final String label;
		private final double factor;

		Speed(String label, double factor) {
			this.label = label;
			this.factor = factor;
		}

		public String label() {
			return label;
		}
	}

	private final List<CastEvent> events;
	private double time;
	private int shown;

	public ReplayClock(List<CastEvent> events) {
		this.events = List.copyOf(events);
	}

	/** The session's length, by its last event. */
	public double length() {
		return events.isEmpty() ? 0 : events.get(events.size() - 1).time();
	}

	public double time() {
		return time;
	}

	/** How many events the replay has reached. */
	public int shown() {
		return shown;
	}

	public boolean atEnd() {
		return shown == events.size();
	}

	/** Advances by {@code wallSeconds} at {@code speed}; the events reached by it, to show. */
	public List<CastEvent> advance(double wallSeconds, Speed speed) {
		double to = speed == Speed.INSTANT ? length() : Math.min(length(), time + wallSeconds * speed.factor);
		return moveTo(to);
	}

	/** Moves forward to the session's time {@code to}; the events passed on the way. */
	public List<CastEvent> moveTo(double to) {
		time = Math.max(time, Math.min(to, length()));
		int from = shown;
		while (shown < events.size() && events.get(shown).time() <= time) {
			shown++;
		}
		return events.subList(from, shown);
	}

	/** Back to the start, nothing shown. */
	public void rewind() {
		time = 0;
		shown = 0;
	}
}
