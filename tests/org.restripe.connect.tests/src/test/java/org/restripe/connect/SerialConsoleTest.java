package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.drivers.api.ArrayRelease;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.ArrayFaults;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.array.T3Console;
import org.restripe.simulator.line.PtyLine;

/**
 * The array's serial console as the management host's cable presents it: a pseudo-terminal made by socat,
 * opened through jssc by {@link SerialTransport}, the same code that opens /dev/ttyS0 on site.
 */
@Timeout(30)
class SerialConsoleTest {
	@TempDir
	Path dir;

	@Test
	void logsInOverTheSerialLineAndReadsTheArray() throws Exception {
		StorageUnit t3a = EcoreUtil.copy(DemoSite.create().getSubsystems().get(0).getStorageUnits().get(0));
		Queue<String> log = new ConcurrentLinkedQueue<>();
		T3Console console = new T3Console(new StorageArray(t3a, new SimulatedClock(1)), new ArrayFaults(),
				SimulatedArrays.PASSWORD);
		Path recordingFile = dir.resolve("t3a-serial.cast");
		try (PtyLine line = new PtyLine(dir.resolve("ttyS0"), console::serve, log::add);
				SessionRecording recording = SessionRecording.start(recordingFile, "t3a over ttyS0");
				ConsoleSession session = ConsoleSession.login(SerialTransport.open(line.clientPath().toString(), 9600),
						Restripe.T3.console(), new Credentials("root", SimulatedArrays.PASSWORD.toCharArray()), recording,
						Restripe.REPLY_TIMEOUT)) {
			assertTrue(session.describe().contains("serial"), session.describe());
			ArrayRelease release = Restripe.T3.identify(session.run("ver")).orElseThrow();
			assertEquals("T3B", release.model(), String.join("\n", log));
			assertTrue(session.run("vol list").contains("v0"), "the factory volume is listed");
		}
		assertTrue(Files.readString(recordingFile).contains("vol list"), "the session was recorded");
	}

	@Test
	void aLineThatDoesNotExistIsNamedInTheError() {
		IOException e = assertThrows(IOException.class,
				() -> SerialTransport.open(dir.resolve("no-such-tty").toString(), 9600));
		assertTrue(e.getMessage().contains("no-such-tty"), e.getMessage());
	}
}
