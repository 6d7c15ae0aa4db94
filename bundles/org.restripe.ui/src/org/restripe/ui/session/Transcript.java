package org.restripe.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/**
 * A session's text as the Session and Replay views show it, read-only: output as printed, typed input bold
 * blue, markers italic; and what the engineer searches for, every match highlighted, the current one selected.
 * The session's own styles are kept apart so that a new search repaints them without the old highlights.
 */
public final class Transcript {
	private final StyledText text;
	private final List<StyleRange> styles = new ArrayList<>();
	private String wanted = "";
	private List<Integer> matches = List.of();
	private int current = -1;

	public Transcript(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
	}

	public StyledText widget() {
		return text;
	}

	public void clear() {
		styles.clear();
		text.setText("");
		matches = List.of();
		current = -1;
	}

	/** Appends one run of the session's text in its kind's style; a search under way takes it in. */
	public void append(SessionText.Segment segment) {
		int start = text.getCharCount();
		text.append(segment.text());
		if (segment.kind() != SessionText.Kind.OUTPUT) {
			StyleRange style = new StyleRange();
			style.start = start;
			style.length = segment.text().length();
			if (segment.kind() == SessionText.Kind.INPUT) {
				style.fontStyle = SWT.BOLD;
				style.foreground = color(SWT.COLOR_DARK_BLUE);
			} else {
				style.fontStyle = SWT.ITALIC;
				style.foreground = color(SWT.COLOR_DARK_MAGENTA);
			}
			styles.add(style);
			text.setStyleRange(style);
		}
		if (!wanted.isEmpty()) {
			highlight(false);
		}
	}

	/**
	 * Searches for {@code words} (ignoring case) and highlights every match; the number of matches. The
	 * current match stays where it was when it still matches.
	 */
	public int search(String words) {
		String next = words == null ? "" : words;
		if (!next.equalsIgnoreCase(wanted)) {
			current = -1;
		}
		wanted = next;
		highlight(true);
		return matches.size();
	}

	/** Selects the next match after the current one (the first when none), wrapping; false when none. */
	public boolean next() {
		return step(1);
	}

	public boolean previous() {
		return step(-1);
	}

	private boolean step(int by) {
		if (matches.isEmpty()) {
			return false;
		}
		current = current < 0 ? (by > 0 ? 0 : matches.size() - 1) : Math.floorMod(current + by, matches.size());
		highlight(false);
		int at = matches.get(current);
		text.setSelection(at, at + wanted.length());
		text.showSelection();
		return true;
	}

	/** How many matches the last search found in the text as it stands. */
	public int matchCount() {
		return matches.size();
	}

	/** The current match, counted from 1; 0 when none is selected. */
	public int currentMatch() {
		return current + 1;
	}

	public String wanted() {
		return wanted;
	}

	/** The offsets where the search text occurs. */
	public List<Integer> matches() {
		return matches;
	}

	private void highlight(boolean research) {
		if (research || !wanted.isEmpty()) {
			matches = find(text.getText(), wanted);
		}
		if (current >= matches.size()) {
			current = -1;
		}
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
		for (int i = 0; i < matches.size(); i++) {
			mark(matches.get(i), i == current ? color(SWT.COLOR_DARK_YELLOW) : color(SWT.COLOR_YELLOW));
		}
	}

	static List<Integer> find(String all, String words) {
		List<Integer> found = new ArrayList<>();
		if (words.isEmpty()) {
			return found;
		}
		String haystack = all.toLowerCase(Locale.ROOT);
		String needle = words.toLowerCase(Locale.ROOT);
		for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
			found.add(at);
		}
		return found;
	}

	/** Gives one match its background, keeping the bold or italic of the session's text under it. */
	private void mark(int start, Color background) {
		int length = wanted.length();
		List<StyleRange> ranges = new ArrayList<>();
		int at = start;
		for (StyleRange existing : text.getStyleRanges(start, length, true)) {
			int from = Math.max(existing.start, at);
			int to = Math.min(existing.start + existing.length, start + length);
			if (to <= from) {
				continue;
			}
			if (from > at) {
				ranges.add(plain(at, from - at, background));
			}
			StyleRange copy = (StyleRange) existing.clone();
			copy.start = from;
			copy.length = to - from;
			copy.background = background;
			ranges.add(copy);
			at = to;
		}
		if (at < start + length) {
			ranges.add(plain(at, start + length - at, background));
		}
		text.replaceStyleRanges(start, length, ranges.toArray(StyleRange[]::new));
	}

	private static StyleRange plain(int start, int length, Color background) {
		StyleRange range = new StyleRange();
		range.start = start;
		range.length = length;
		range.background = background;
		return range;
	}

	private Color color(int id) {
		return text.getDisplay().getSystemColor(id);
	}
}
