package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.connect.SessionRecording;
import org.restripe.ui.session.CastEvent;
import org.restripe.ui.session.CastReader;
import org.restripe.ui.session.CastTail;
import org.restripe.ui.session.LineState;
import org.restripe.ui.session.SessionBoard;
import org.restripe.ui.session.SessionView;

/**
 * The Session view reads recordings exactly as SessionRecording writes them (asciicast v2) and follows one as
 * it grows: output as printed, input and markers in their own style, the line's state from its markers.
 */
class SessionRecordingViewTest {
	@TempDir
	Path dir;

	@Test
	void eventsAreReadWithEveryEscapeAndTheHeaderOrDamagedLinesGiveNone() {
		CastEvent event = CastReader.event("[1.250000, \"o\", \"t3a:/:<1>\\r\\n\\\"a\\\\b\\\"\\u0007\\tz\"]").orElseThrow();
		assertEquals(1.25, event.time());
		assertTrue(event.isOutput());
		assertEquals("t3a:/:<1>\r\n\"a\\b\"\u0007\tz", event.data());
		assertEquals(Optional.empty(), CastReader.event("{\"version\": 2, \"width\": 80, \"height\": 24}"));
		assertEquals(Optional.empty(), CastReader.event("[1.0, \"o\", \"torn"));
		assertEquals(Optional.empty(), CastReader.event("[1.0, \"o\", \"x\"] trailing"));
		assertEquals(Optional.empty(), CastReader.event("[x, \"o\", \"y\"]"));
		assertEquals(Optional.empty(), CastReader.event("[1.0, \"o\", \"bad \\q escape\"]"));
	}

	@Test
	void theTailReturnsOnlyWhatWasWrittenSinceAndWaitsForALineToBeComplete() throws Exception {
		Path file = dir.resolve("s.cast");
		CastTail tail = new CastTail(file);
		assertEquals(List.of(), tail.poll(), "no file yet, no events");
		try (SessionRecording recording = SessionRecording.start(file, "test")) {
			recording.marker("opening telnet to the management host");
			recording.output("héllo\r\n".getBytes(StandardCharsets.ISO_8859_1));
			List<CastEvent> first = tail.poll();
			assertEquals(2, first.size(), first.toString());
			assertEquals("héllo\r\n", first.get(1).data(), "ISO-8859-1 bytes come back as written");
			Files.writeString(file, "[2.0, \"i\", \"vol li", StandardOpenOption.APPEND);
			assertEquals(List.of(), tail.poll(), "half a line is not an event yet");
			Files.writeString(file, "st\\r\"]\n", StandardOpenOption.APPEND);
			assertEquals(List.of(new CastEvent(2.0, "i", "vol list\r")), tail.poll());
		}
	}

	@Test
	void theViewFollowsARecordingAsItGrowsAndShowsTheLineState() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SessionView view = (SessionView) page.showView(SessionView.ID);
		Path file = dir.resolve("live.cast");
		try (ShellBot bot = new ShellBot(); SessionRecording recording = SessionRecording.start(file, "live")) {
			SessionBoard.started(file, "Test session", null);
			bot.dispatchUntil(() -> view.lineState() == LineState.NONE && view.transcript().getText().isEmpty(), 10,
					"a fresh session is shown");
			recording.marker("opening telnet to the management host 127.0.0.1:2323");
			bot.dispatchUntil(() -> view.lineState() == LineState.CONNECTING, 10, "connecting is shown");
			assertTrue(view.getContentDescription().contains("line connecting (telnet to the management host"),
					view.getContentDescription());
			recording.output("t3a:/:<1>".getBytes(StandardCharsets.ISO_8859_1));
			recording.input("vol list\r");
			recording.output("vol list\r\nvolume capacity raid\r\n".getBytes(StandardCharsets.ISO_8859_1));
			bot.dispatchUntil(() -> view.transcript().getText().contains("volume capacity"), 10, "output is shown");
			assertEquals(LineState.CONNECTED, view.lineState());
			assertEquals("-- opening telnet to the management host 127.0.0.1:2323 --\nt3a:/:<1>vol list\nvolume capacity raid\n",
					view.transcript().getText(), "as the array printed it, the echo not doubled");
			int typed = view.transcript().getText().indexOf("vol list");
			assertEquals(SWT.BOLD, view.transcript().getStyleRangeAtOffset(typed).fontStyle);
			assertNotNull(view.transcript().getStyleRangeAtOffset(0), "the marker is styled");
			recording.marker("line lost: carrier dropped");
			bot.dispatchUntil(() -> view.lineState() == LineState.LOST, 10, "the lost line is shown");
			assertEquals("carrier dropped", view.lineDetail());
			SessionBoard.comparison("Compared:", List.of("t3a: as in the site file"));
			SessionBoard.ended("discovery done");
			bot.dispatchUntil(() -> view.lineState() == LineState.ENDED, 10, "the end is shown");
			assertEquals("Compared:", view.comparisonHeading());
			assertEquals("t3a: as in the site file", view.comparisonText());
			assertFalse(view.cancelButton().getEnabled());
		}
	}
}
