package org.restripe.drivers.ds8000;

import java.util.List;

import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.ConsoleDialect.Credential;
import org.restripe.drivers.api.ConsoleDialect.LoginStep;

/**
 * The interactive DS CLI's manners, in one table like {@link DsCliSpelling}. The prompt {@code dscli> } and
 * the message forms (CMUC...I information, CMUN...E errors) are as REFERENCE.md retells public captures; the
 * login questions and the wording of a refused login are unverified.
 */
final class DsCliConsoleDialect {
	static final String PROMPT = "dscli>";
	static final String USER_QUESTION = "(?i)Enter your username:";
	static final String PASSWORD_QUESTION = "(?i)Enter your password:";
	/** Unverified: an authentication failure is an error message naming the user or password. */
	static final String LOGIN_REFUSED = "^CMUN\\d{5}E.*(?i:authenticat|password|user name).*$";
	/** Error messages of the storage image (CMUN) and of the CLI's own syntax check (CMMCI). */
	static final List<String> REFUSALS = List.of("^CMUN\\d{5}E\\b.*$", "^CMMCI\\d{4}E\\b.*$");

	static final ConsoleDialect DIALECT = new ConsoleDialect(
			List.of(new LoginStep(USER_QUESTION, Credential.USER), new LoginStep(PASSWORD_QUESTION, Credential.PASSWORD)),
			PROMPT, LOGIN_REFUSED, REFUSALS, "\r");

	private DsCliConsoleDialect() {
	}
}
