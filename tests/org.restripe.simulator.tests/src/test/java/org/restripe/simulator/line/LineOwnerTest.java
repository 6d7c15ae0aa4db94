package org.restripe.simulator.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One owner per line, as the consoles, the terminal server's ports and a modem use it. */
@Timeout(30)
class LineOwnerTest {
	private final LineOwner<String> line = new LineOwner<>("t3a console");

	@Test
	void aSecondOwnerIsToldWhoHoldsTheLine() {
		assertTrue(line.tryTake("engineer-1", "tcp 127.0.0.1:40112"));
		assertTrue(line.tryTake("engineer-1", "tcp 127.0.0.1:40112"), "the holder may take it again");
		assertFalse(line.tryTake("engineer-2", "pty /tmp/site/t3a"));
		assertEquals("t3a console is in use by tcp 127.0.0.1:40112", line.refusal());
		assertFalse(line.release("engineer-2"), "only the holder lets go");
		assertTrue(line.release("engineer-1"));
		assertEquals(Optional.empty(), line.holder());
		assertTrue(line.tryTake("engineer-2", "pty /tmp/site/t3a"));
	}

	@Test
	void aNewcomerWaitsForAHolderThatIsLeaving() throws Exception {
		line.tryTake("leaving", "tcp 127.0.0.1:40112");
		AtomicBoolean took = new AtomicBoolean();
		Thread newcomer = new Thread(() -> took.set(line.take("newcomer", "tcp 127.0.0.1:40113", Duration.ofSeconds(20))));
		newcomer.start();
		awaitWaiting(newcomer);
		assertFalse(took.get());
		line.release("leaving");
		newcomer.join(20_000);
		assertTrue(took.get());
		assertEquals(Optional.of("tcp 127.0.0.1:40113"), line.holder());
	}

	@Test
	void aHolderThatStaysMakesTheNewcomerGiveUp() {
		line.tryTake("staying", "pty /tmp/site/t3a");
		assertFalse(line.take("newcomer", "tcp 127.0.0.1:40113", Duration.ofMillis(100)));
		assertEquals(Optional.of("pty /tmp/site/t3a"), line.holder());
	}

	@Test
	void takingTheLineAwayFreesItAndListenersHearEveryChange() {
		List<String> heard = new CopyOnWriteArrayList<>();
		line.addListener(LineOwner.Listener.onTaken(who -> heard.add("taken by " + who)));
		line.addListener(LineOwner.Listener.onReleased(who -> heard.add("released by " + who)));
		line.tryTake("telnet-1", "telnet-1");
		assertEquals("telnet-1", line.takeAway());
		assertTrue(line.awaitFree(Duration.ZERO));
		assertNull(line.takeAway(), "nothing to take from a free line");
		assertFalse(line.release("telnet-1"), "the one it was taken from no longer holds it");
		assertEquals(List.of("taken by telnet-1", "released by telnet-1"), heard);
	}

	private static void awaitWaiting(Thread thread) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (thread.getState() != Thread.State.TIMED_WAITING) {
			assertTrue(System.nanoTime() < deadline, "the newcomer never waited: " + thread.getState());
			Thread.sleep(5);
		}
	}
}
