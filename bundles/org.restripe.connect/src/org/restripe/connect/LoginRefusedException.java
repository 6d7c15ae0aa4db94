package org.restripe.connect;

/** The console refused the user or password: calling again will not help, the credentials must change. */
public class LoginRefusedException extends ConsoleException {
	private static final long serialVersionUID = 1L;

	public LoginRefusedException(String message) {
		super(message);
	}
}
