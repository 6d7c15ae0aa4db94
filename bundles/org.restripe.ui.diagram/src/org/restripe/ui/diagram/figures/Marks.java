package org.restripe.ui.diagram.figures;

import java.util.Objects;

import org.eclipse.swt.graphics.Color;

/**
 * What a figure shows besides the element itself: the worst review finding ("error", "warning" or none),
 * the findings' text for the tooltip, and whether the element differs from the current configuration.
 */
public final class Marks {
	private String severity;
	private String findings;
	private boolean changed;

	public Marks() {
	}

	public Marks(String severity, String findings, boolean changed) {
		this.severity = severity;
		this.findings = findings;
		this.changed = changed;
	}

	public String severity() {
		return severity;
	}

	public boolean changed() {
		return changed;
	}

	public String findings() {
		return findings;
	}

	Color severityColor() {
		if ("error".equals(severity)) {
			return Palette.ERROR;
		}
		return "warning".equals(severity) ? Palette.WARNING : null;
	}

	String tooltip() {
		if (findings == null && !changed) {
			return null;
		}
		String change = changed ? "Changed from the current configuration" : null;
		return findings == null ? change : change == null ? findings : change + "\n" + findings;
	}

	boolean sameAs(Marks other) {
		return Objects.equals(severity, other.severity) && Objects.equals(findings, other.findings)
				&& changed == other.changed;
	}

	void copy(Marks other) {
		severity = other.severity;
		findings = other.findings;
		changed = other.changed;
	}
}
