package org.restripe.connect.host;

import java.util.regex.Pattern;

/**
 * How a storage management host's terminal server menu talks: its prompt, how a console is asked for and
 * how the server says it is connected or refuses, and the escape character back to the menu. Kept in one
 * record, as the array dialects are, so another terminal server (Cyclades ts_menu, an Opengear port menu) is
 * a new value, not an edit of the code that drives it.
 *
 * @param prompt regular expression the received text ends with when the menu waits for a command
 * @param connectCommand the command that selects a console, {@code %s} standing for the array's name
 * @param connected regular expression of the line that says the console is now attached
 * @param refused regular expression of a reply that refuses the console (in use, no such port)
 * @param consoleLost regular expression of the menu's notice that the console went away under the session
 * @param escape the byte that returns from a console to the menu
 * @param quit the command that leaves the menu
 * @param lineEnd what the Return key sends
 */
public record HostMenuDialect(String prompt, String connectCommand, String connected, String refused,
		String consoleLost, int escape,
		String quit, String lineEnd) {

	/**
	 * The site management host's menu as Restripe's simulator and the seed's storage management host offer it:
	 * {@code storemgr> }, {@code connect NAME}, "connected to NAME ...; Ctrl-] returns here", Ctrl-] back.
	 */
	public static HostMenuDialect storageManagementHost() {
		return new HostMenuDialect("\\S+> ", "connect %s", "^connected to \\S+.*$",
				"^(port \\d+ is in use by .*|no such port: .*|usage: .*|.*: unknown command.*)$",
				"\r?\ndisconnected from \\S+\r?\n", 0x1D, "quit", "\r");
	}

	boolean endsWithPrompt(CharSequence text) {
		return Pattern.compile("(?:" + prompt + ")[ \\t]*\\z").matcher(text).find();
	}
}
