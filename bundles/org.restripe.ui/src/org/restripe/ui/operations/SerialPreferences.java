package org.restripe.ui.operations;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.restripe.connect.run.Dialling;
import org.restripe.ui.connect.ConnectionPreferences;

/**
 * The center's modem line as a new connection starts with it (Restripe > Serial Line): the serial device and
 * its speed. Kept in the workbench preferences (node {@value ConnectionPreferences#NODE}).
 */
public final class SerialPreferences {
	public static final String PORT = "serialPort";
	public static final String BAUD = "serialBaud";
	public static final String DEFAULT_PORT = "/dev/ttyS0";
	public static final int DEFAULT_BAUD = Dialling.MODEM_BAUD;
	/** The speeds a serial line to a Hayes modem is set to. */
	public static final int[] BAUDS = { 9600, 19_200, 38_400, 57_600, 115_200 };

	private SerialPreferences() {
	}

	/** Puts the defaults in the default scope (extension org.eclipse.core.runtime.preferences). */
	public static final class Defaults extends AbstractPreferenceInitializer {
		@Override
		public void initializeDefaultPreferences() {
			IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ConnectionPreferences.NODE);
			defaults.put(PORT, DEFAULT_PORT);
			defaults.putInt(BAUD, DEFAULT_BAUD);
		}
	}

	public static String port() {
		String port = Platform.getPreferencesService().getString(ConnectionPreferences.NODE, PORT, DEFAULT_PORT, null);
		return port == null || port.isBlank() ? DEFAULT_PORT : port;
	}

	public static int baud() {
		int baud = Platform.getPreferencesService().getInt(ConnectionPreferences.NODE, BAUD, DEFAULT_BAUD, null);
		return baud > 0 ? baud : DEFAULT_BAUD;
	}

	public static void set(String port, int baud) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ConnectionPreferences.NODE);
		node.put(PORT, port);
		node.putInt(BAUD, baud);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept for this session; the next flush writes it
		}
	}

	/** What is wrong with a serial device the engineer typed, naming the field; null when it is one. */
	public static String portProblem(String port) {
		String p = port.strip();
		if (p.isEmpty()) {
			return "Serial port: give the center modem's serial device, e.g. /dev/ttyS0";
		}
		if (p.startsWith("tcp:")) {
			return p.split(":", 3).length == 3 ? null : "Serial port: '" + p + "' must read tcp:HOST:PORT";
		}
		return p.startsWith("/") && !p.contains(" ") ? null
				: "Serial port: '" + p + "' is neither a device path (/dev/...) nor tcp:HOST:PORT of a modem server";
	}
}
