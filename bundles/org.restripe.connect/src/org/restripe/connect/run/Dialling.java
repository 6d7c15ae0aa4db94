package org.restripe.connect.run;

import java.time.Duration;
import java.util.List;

import org.restripe.connect.SecretSource;
import org.restripe.connect.host.HostMenuDialect;
import org.restripe.connect.modem.DialbackCall;
import org.restripe.connect.modem.DialbackSettings;

/** The dialler of {@link LineSpec}'s {@code dial:} lines: a dialback call through the center's modem. */
public final class Dialling {
	/** The center's serial line to its modem; a pty ignores it. */
	public static final int MODEM_BAUD = 115_200;

	private Dialling() {
	}

	/** Dials with the standard settings (the Courier's 1.5 minute callback wait, with room to spare). */
	public static LineSpec.Dialler dialler(SecretSource secrets, DialbackCall.Listener... listeners) {
		return dialler(secrets, settings -> settings, listeners);
	}

	/** Dials with the standard settings as {@code adjust} changes them (e.g. a test's fast modems). */
	public static LineSpec.Dialler dialler(SecretSource secrets, java.util.function.UnaryOperator<DialbackSettings> adjust,
			DialbackCall.Listener... listeners) {
		return dialler(secrets, MODEM_BAUD, adjust, listeners);
	}

	/** Dials with the center's modem line at {@code baud} (the workbench's Serial Line preference). */
	public static LineSpec.Dialler dialler(SecretSource secrets, int baud,
			java.util.function.UnaryOperator<DialbackSettings> adjust, DialbackCall.Listener... listeners) {
		return (modem, site, timeout, idle) -> {
			DialbackSettings settings;
			try {
				settings = adjust.apply(DialbackSettings.forSite(site.getModem().getNumber()));
			} catch (IllegalArgumentException e) {
				throw new LineSpec.BadLineException(e.getMessage());
			}
			return new DialbackSiteLink(modem, baud, settings, secrets, HostMenuDialect.storageManagementHost(),
					timeout, idle, List.of(listeners));
		};
	}

	/** Standard settings with every wait shrunk for a simulated site with fast modems (rehearsals, tests). */
	public static DialbackSettings fast(DialbackSettings settings) {
		return settings.withCallbackWindow(Duration.ofSeconds(10)).withConnectTimeout(Duration.ofSeconds(10))
				.withGuardTime(Duration.ofMillis(300));
	}
}
