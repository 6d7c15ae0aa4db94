package org.restripe.connect.modem;

import java.io.IOException;

/** The center's modem refused a command (ERROR) or did not answer it in time. */
public class ModemException extends IOException {
	private static final long serialVersionUID = 1L;

	private final String command;
	private final transient ModemResult result;

	public ModemException(String command, ModemResult result, String message) {
		super(message);
		this.command = command;
		this.result = result;
	}

	/** The command the modem refused or left unanswered. */
	public String command() {
		return command;
	}

	/** What the modem answered; null when it said nothing in time. */
	public ModemResult result() {
		return result;
	}
}
