package org.restripe.ui.connect;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.restripe.connect.run.LineSpec;
import org.restripe.connect.run.SiteLink;
import org.restripe.model.Site;
import org.restripe.ui.CheckedDialog;

/**
 * A {@link CheckedDialog} that asks how to reach the site ({@link LinePanel}) and, on OK, parses the line as a
 * whole and remembers it for the site (never a password).
 */
public abstract class LineDialog extends CheckedDialog {
	private final LineParser parser;
	private LinePanel line;
	private String spec;
	private SiteLink link;

	protected LineDialog(Shell parent, String shellTitle, String okLabel, LineParser parser) {
		super(parent, shellTitle, okLabel, 1, true);
		this.parser = parser;
	}

	/** The line fields, starting from the line last used at {@code siteName} (or the site file's). */
	protected final void createLine(Composite body, Site site, String siteName) {
		// the panel names the number the call dials: the one the Connect wizard remembered, if any
		Site dialled = DialbackAccount.remembered(siteName, site.getModem() == null ? null : site.getModem().getNumber())
				.dialled(site);
		line = new LinePanel(body, dialled, LineChoice.of(ConnectionPreferences.line(siteName).orElse(null), site),
				this::validate);
	}

	/** Null when the line fields are not made yet or the line as typed is fine. */
	protected final String lineProblem() {
		return line == null ? null : line.choice().problem().orElse(null);
	}

	/** Parses the line and remembers it for {@code siteName}; false (and said) when it is no line. */
	protected final boolean takeLine(String siteName) {
		String chosen = line.choice().spec();
		try {
			link = parser.parse(chosen);
		} catch (LineSpec.BadLineException e) {
			setErrorMessage("Line: " + e.getMessage());
			return false;
		}
		spec = chosen;
		ConnectionPreferences.setLine(siteName, spec);
		return true;
	}

	public LinePanel linePanel() {
		return line;
	}

	/** The line chosen, after OK. */
	public String spec() {
		return spec;
	}

	public SiteLink link() {
		return link;
	}
}
