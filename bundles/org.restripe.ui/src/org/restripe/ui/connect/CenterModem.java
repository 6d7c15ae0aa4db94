package org.restripe.ui.connect;

import java.time.Duration;

import org.restripe.connect.SecretSource;
import org.restripe.connect.run.LineSpec;

/**
 * How the workbench dials a site through the center's modem: the one place a {@code dial:} line becomes a
 * SiteLink. The dialling code of org.restripe.connect (org.restripe.connect.run.Dialling) is not on main yet;
 * until it is wired in here, a dial line is refused with a clear message rather than pretended.
 */
public final class CenterModem {
	private CenterModem() {
	}

	/**
	 * @param secrets where the dialback password comes from
	 * @param inactivity how long the line may be idle before it is hung up
	 */
	public static LineSpec.Dialler dialler(SecretSource secrets, Duration inactivity) {
		// at merge: return org.restripe.connect.run.Dialling.dialler(secrets) (with the inactivity timeout)
		return (modem, site, timeout) -> {
			throw new LineSpec.BadLineException("dialling through the center's modem (" + modem + ") is not built "
					+ "into this workbench yet: reach the site by telnet or console ports");
		};
	}
}
