package org.restripe.ui.connect;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The engineer's connection settings (Restripe > Connection): each site's line, how long an array may stay
 * silent, how long an idle line is kept, how long a change waits for its commit-confirm. Kept in the workbench
 * preferences; never a password.
 */
public final class ConnectionPreferences {
	public static final String NODE = "org.restripe.ui";
	public static final String REPLY_TIMEOUT = "replyTimeoutSeconds";
	public static final String INACTIVITY = "inactivityMinutes";
	public static final String COMMIT_CONFIRM = "commitConfirmMinutes";
	public static final String LINE_PREFIX = "line.";
	public static final String LAST_KIT = "lastKit";
	public static final int DEFAULT_REPLY_SECONDS = 60;
	public static final int DEFAULT_INACTIVITY_MINUTES = 10;
	public static final int DEFAULT_COMMIT_MINUTES = 10;
	/** The site line's speed a rehearsal reckons the wire time at: a V.34 modem's. */
	public static final String LINE_BAUD = "lineBaud";
	public static final int DEFAULT_LINE_BAUD = 33_600;

	private ConnectionPreferences() {
	}

	/** Puts the defaults in the default scope (extension org.eclipse.core.runtime.preferences). */
	public static final class Defaults extends AbstractPreferenceInitializer {
		@Override
		public void initializeDefaultPreferences() {
			IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
			defaults.putInt(REPLY_TIMEOUT, DEFAULT_REPLY_SECONDS);
			defaults.putInt(INACTIVITY, DEFAULT_INACTIVITY_MINUTES);
			defaults.putInt(COMMIT_CONFIRM, DEFAULT_COMMIT_MINUTES);
			defaults.putInt(LINE_BAUD, DEFAULT_LINE_BAUD);
		}
	}

	/** The line last used for (or set for) the site, as a LineSpec string. */
	public static Optional<String> line(String siteName) {
		String line = Platform.getPreferencesService().getString(NODE, LINE_PREFIX + siteName, null, null);
		return line == null || line.isBlank() ? Optional.empty() : Optional.of(line);
	}

	public static void setLine(String siteName, String spec) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		if (spec == null || spec.isBlank()) {
			node.remove(LINE_PREFIX + siteName);
		} else {
			node.put(LINE_PREFIX + siteName, spec);
		}
		flush(node);
	}

	/** The kit chosen last in Run Kit, if any. */
	public static Optional<java.nio.file.Path> lastKit() {
		String kit = Platform.getPreferencesService().getString(NODE, LAST_KIT, null, null);
		return kit == null || kit.isBlank() ? Optional.empty() : Optional.of(java.nio.file.Path.of(kit));
	}

	public static void setLastKit(java.nio.file.Path kit) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.put(LAST_KIT, kit.toAbsolutePath().toString());
		flush(node);
	}

	public static Duration replyTimeout() {
		return Duration.ofSeconds(number(REPLY_TIMEOUT, DEFAULT_REPLY_SECONDS));
	}

	public static Duration inactivity() {
		return Duration.ofMinutes(number(INACTIVITY, DEFAULT_INACTIVITY_MINUTES));
	}

	public static Duration commitConfirm() {
		return Duration.ofMinutes(number(COMMIT_CONFIRM, DEFAULT_COMMIT_MINUTES));
	}

	/** The telephone line's speed in bits a second, for a rehearsal's wire time. */
	public static int lineBaud() {
		return number(LINE_BAUD, DEFAULT_LINE_BAUD);
	}

	public static void setNumber(String key, int value) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.putInt(key, value);
		flush(node);
	}

	static int number(String key, int fallback) {
		int value = Platform.getPreferencesService().getInt(NODE, key, fallback, null);
		return value > 0 ? value : fallback;
	}

	private static void flush(IEclipsePreferences node) {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept in memory for this session; the next flush writes it
		}
	}
}
