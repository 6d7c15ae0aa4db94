package org.restripe.drivers.t3;

import java.util.List;

import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.ConsoleDialect.Credential;
import org.restripe.drivers.api.ConsoleDialect.LoginStep;

/**
 * The T3/T3+/6120 console's manners, in one table like {@link T3Spelling}. The prompt and the login user
 * are as the manuals show them (REFERENCE.md); the refusal texts are unverified: they follow the messages
 * the manuals quote ("Error: ...", a usage text, an unknown command) and await a real array's wording.
 */
final class T3ConsoleDialect {
	/** {@code t3a:/:<5>}: host name, colon, directory, colon, history number in angle brackets. */
	static final String PROMPT = "[\\w.-]+:[^:\\s]*:<\\d+>";
	/** The serial console asks {@code t3a console login:}, telnet {@code Login:}; both end in "login:". */
	static final String LOGIN_QUESTION = "(?i)login:";
	static final String PASSWORD_QUESTION = "(?i)password:";
	static final String LOGIN_REFUSED = "(?i)^[ \\t]*login incorrect";
	/** Unverified: replies that mean the array refused the command and changed nothing. */
	static final List<String> REFUSALS = List.of("^[ \\t]*(?i:error)\\b.*$", "^[ \\t]*usage:.*$",
			"^\\S+: command not found[ \\t]*$", "^[ \\t]*(?i:invalid|illegal)\\b.*$");

	static final ConsoleDialect DIALECT = new ConsoleDialect(
			List.of(new LoginStep(LOGIN_QUESTION, Credential.USER), new LoginStep(PASSWORD_QUESTION, Credential.PASSWORD)),
			PROMPT, LOGIN_REFUSED, REFUSALS, "\r");

	private T3ConsoleDialect() {
	}
}
