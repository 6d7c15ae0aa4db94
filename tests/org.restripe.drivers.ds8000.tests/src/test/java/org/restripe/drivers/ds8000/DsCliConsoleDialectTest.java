package org.restripe.drivers.ds8000;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.ConsoleDialect.Credential;

/** How the script runner talks to the DS CLI: its questions, its prompt, its refusals. */
class DsCliConsoleDialectTest {
	private final ConsoleDialect dialect = new DsCliDriver().console();

	@Test
	void theLoginAsksUserThenPasswordAndEndsAtThePrompt() {
		assertEquals(Credential.USER, dialect.pendingQuestion("\r\nEnter your username: ").orElseThrow().answer());
		assertEquals(Credential.PASSWORD, dialect.pendingQuestion("Enter your password: ").orElseThrow().answer());
		assertTrue(dialect.endsWithPrompt("IBM.2107-75DS8A1\r\ndscli> "));
		assertFalse(dialect.endsWithPrompt("Name ID accstate\r\n"));
	}

	@Test
	void errorMessagesAreRefusalsAndInformationIsNot() {
		assertEquals("CMUN02500E mkckdvol: 0A00: The volume already exists.", dialect.refusal(
				"Date/Time: now IBM DSCLI Version: 7.8.50.497 DS: IBM.2107-75DS8A1\r\nCMUN02500E mkckdvol: 0A00: The volume already exists.\r\n")
				.orElseThrow());
		assertTrue(dialect.refusal("CMMCI9013E Command: lsfoo was not found.").isPresent());
		assertTrue(dialect.refusal("CMUC00021I mkckdvol: CKD Volume 0A02 successfully created.").isEmpty());
		assertTrue(dialect.refusal(Fixtures.text("empty-lsckdvol.txt")).isEmpty(), "an empty list is no refusal");
	}

	@Test
	void aRefusedLoginIsRecognised() {
		assertTrue(dialect.loginWasRefused("CMUN00018E Unable to authenticate user: the user name or password is not valid."));
		assertFalse(dialect.loginWasRefused("CMUN02500E mkckdvol: 0A00: The volume already exists."));
	}
}
