package org.restripe.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.ArrayFaults;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.array.T3Console;
import org.restripe.simulator.line.TcpLine;

/**
 * The demo site's array t3a on a loopback console, with a password no recording text could hold by chance,
 * and a way to wait until the array's side of a session has ended.
 */
final class RecordedArray implements AutoCloseable {
	/** Unlike "secret", a word a marker could contain; this one no console text contains. */
	static final String PASSWORD = "Kestrel-41-quartz";

	private final TcpLine line;
	private final Queue<String> log = new ConcurrentLinkedQueue<>();
	private volatile CountDownLatch sessionEnded = new CountDownLatch(1);

	RecordedArray() throws IOException {
		StorageUnit t3a = EcoreUtil.copy(DemoSite.create().getSubsystems().get(0).getStorageUnits().get(0));
		T3Console console = new T3Console(new StorageArray(t3a, new SimulatedClock(1)), new ArrayFaults(), PASSWORD);
		line = new TcpLine("t3a", 0, (in, out) -> {
			try {
				console.serve(in, out);
			} finally {
				sessionEnded.countDown();
			}
		}, log::add);
	}

	TcpTransport connect() throws IOException {
		sessionEnded = new CountDownLatch(1);
		return TcpTransport.connect("127.0.0.1", line.port(), Duration.ofSeconds(5));
	}

	/** Logs in as root over {@code transport}, recording into {@code recording}. */
	static ConsoleSession login(Transport transport, SessionRecording recording) throws IOException {
		return ConsoleSession.login(transport, Restripe.T3.console(), new Credentials("root", PASSWORD.toCharArray()),
				recording, Restripe.REPLY_TIMEOUT);
	}

	/** Records a session of a few read commands in {@code file}: login, then ver, vol list, fru stat ... */
	Path recordSession(Path file) throws IOException {
		try (SessionRecording recording = SessionRecording.start(file, "t3a: read-only session");
				ConsoleSession console = login(connect(), recording)) {
			for (String command : List.of("ver", "vol list", "fru stat", "vol stat", "sys list", "port list", "vol list",
					"fru stat")) {
				console.run(command);
			}
		}
		return file;
	}

	/** Whether the array saw its console session end (the line closed) within a generous wait. */
	boolean sessionEndedWithin(Duration wait) throws InterruptedException {
		return sessionEnded.await(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	String log() {
		return String.join("\n", log);
	}

	@Override
	public void close() throws IOException {
		line.close();
	}
}
