package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.ConsoleDialect.Credential;
import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Step;

/** The T3 console's manners as the connection code sees them, and the steps that depend on them. */
class T3ConsoleDialectTest {
	private final T3Driver driver = new T3Driver();
	private final ConsoleDialect console = driver.console();

	@Test
	void theLoginDialogueAndThePromptOfARealCapture() {
		assertEquals(Credential.USER, console.pendingQuestion("\r\nt3b console login: ").orElseThrow().answer());
		assertEquals(Credential.USER, console.pendingQuestion("Login:").orElseThrow().answer());
		assertEquals(Credential.PASSWORD, console.pendingQuestion("root\r\nPassword: ").orElseThrow().answer());
		assertTrue(console.loginWasRefused("Login incorrect\r\n\r\nt3b console login: "));
		String session = Fixtures.text("t3b-session.txt");
		String upToFirstPrompt = session.substring(0, session.indexOf(">") + 1);
		assertEquals(Optional.of(upToFirstPrompt.substring(upToFirstPrompt.lastIndexOf('\n') + 1).strip()),
				console.trailingPrompt(upToFirstPrompt));
		assertTrue(console.endsWithPrompt("vol list\r\n...\r\nt3a:/:<12>"));
		assertFalse(console.endsWithPrompt("t3a:/:<12>vol list\r\n"));
	}

	@Test
	void refusalsAreTheArraysErrorsNotItsListings() {
		assertEquals(Optional.of("Error: volume v1 already exists"), console.refusal("\nError: volume v1 already exists\n"));
		assertEquals(Optional.of("lun: command not found"), console.refusal("lun: command not found\n"));
		assertTrue(console.refusal("usage:  vol add name data drives raid 0|1|5 [standby drive]\n").isPresent());
		for (String listing : new String[] { "t3b-vol-list.txt", "t3b-vol-stat.txt", "t3b-sys-list.txt",
				"t3b-fru-list.txt", "t3b-fru-stat.txt", "t3b-port-list.txt", "6120-fru-stat.txt", "6120-sys-list.txt" }) {
			assertEquals(Optional.empty(), console.refusal(Fixtures.text(listing)), listing);
		}
	}

	@Test
	void initialisationIsWaitedForWhileVolStatShowsItRunning() {
		Step init = new Step(Operation.INIT_VOLUME, "t3b", "t3b", "t3b-v0", "v0", Map.of(), Map.of("name", "v0"));
		Check check = driver.render(init).check();
		String running = "\nv0            u1d1   u1d2\n uninitialized  0      0\n initializing 42%\n";
		String done = "\nv0            u1d1   u1d2\n unmounted      0      0\n";
		assertFalse(check.passes(running));
		assertTrue(check.stillRunning(running));
		assertTrue(check.passes(done));
		assertFalse(check.stillRunning(done));
	}

	@Test
	void withoutSlicingLunMappingTypesNothing() {
		Map<String, String> mapping = Map.of("lunNumber", "0", "lunName", "lun0", "volumeName", "v0", "slicing", "false");
		RenderedStep map = driver.render(new Step(Operation.MAP_LUN, "t3b", "t3b", "m", "lun0", Map.of(), mapping));
		RenderedStep unmap = driver.render(new Step(Operation.UNMAP_LUN, "t3b", "t3b", "m", "lun0", mapping, Map.of()));
		assertTrue(map.commands().isEmpty());
		assertTrue(unmap.commands().isEmpty());
		assertTrue(map.instruction().contains("volume v0"), map.instruction());
		RenderedStep sliced = driver.render(new Step(Operation.MAP_LUN, "t3b", "t3b", "m", "lun0", Map.of(),
				Map.of("lunNumber", "0", "lunName", "lun0", "volumeName", "v0", "slicing", "true")));
		assertEquals("lun map add lun 0 slice lun0", sliced.commands().get(0).text());
	}
}
