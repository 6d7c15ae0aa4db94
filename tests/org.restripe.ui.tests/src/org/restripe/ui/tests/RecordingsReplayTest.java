package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.restripe.connect.SessionRecording;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.operations.OperationsPerspective;
import org.restripe.ui.operations.RecordingsView;
import org.restripe.ui.operations.ReplayClock.Speed;
import org.restripe.ui.operations.ReplayView;
import org.restripe.ui.run.RunKitJob;
import org.restripe.ui.session.CastEvent;
import org.restripe.ui.session.CastReader;
import org.restripe.ui.session.FindBar;
import org.restripe.ui.session.LineState;
import org.restripe.ui.session.SessionText;
import org.restripe.ui.session.SessionView;

/**
 * The Operations perspective after a real Run Kit on the simulated demo site: the run's recording listed with
 * its site, outcome and verified chain; a tampered copy listed with its chain broken, in verify-recording's
 * words; the recording replayed at instant speed shows the whole session; Find counts a command the run sent,
 * in the replay and in the live Session view.
 */
class RecordingsReplayTest extends OperationsRunCase {
	private static final String COMMAND = "sys cache writethrough";

	@Test
	void aRunIsListedVerifiedATamperedCopyIsNotAndTheReplayShowsAndFindsWhatWasSent() throws Exception {
		Path recording;
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			var storage = SimulatedDemoSite.storage(dir);
			site.remember(storage, site.arrayNames());
			RunKitJob job = confirmedRun(site, bot, storage, (s, dialog) -> {
				ShellBot.click(dialog.linePanel().wayButton(Way.TELNET));
				dialog.linePanel().telnetHostField().setText("127.0.0.1");
				dialog.linePanel().telnetPortField().setText(Integer.toString(site.simulator.telnetPort()));
			});
			recording = job.order().recordingFile();
			assertEquals(workbenchData().resolve("recordings"), recording.getParent());
			SessionView session = (SessionView) page.findView(SessionView.ID);
			bot.dispatchUntil(() -> session.lineState() == LineState.ENDED, 30, "the session ended in the view");
			assertFindsTheCommand(session.findBar(), session.transcript(), recording);
		}
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(OperationsPerspective.ID));
		assertEquals(OperationsPerspective.ID, page.getPerspective().getId());
		RecordingsView recordings = (RecordingsView) page.showView(RecordingsView.ID);
		Path tampered = tamperedCopy(recording);
		try (ShellBot bot = new ShellBot()) {
			recordings.refresh();
			bot.dispatchUntil(() -> !recordings.reading() && row(recordings, tampered) != null, 60,
					"the recordings were read: " + recordings.status());
			TableItem run = row(recordings, recording);
			assertNotNull(run, "the run's recording is listed");
			assertEquals("demo-site", cell(recordings, run, "Site"));
			assertEquals("run verified", cell(recordings, run, "Outcome"));
			assertEquals("verified", cell(recordings, run, "Chain"));
			assertFalse(cell(recordings, run, "Started").isEmpty());
			TableItem copy = row(recordings, tampered);
			String chain = cell(recordings, copy, "Chain");
			assertTrue(chain.matches("chain broken: line \\d+ was changed.*"), chain);
			assertTrue(recordings.status().contains("with a broken chain"), recordings.status());
			recordings.filterField().setText("chain broken");
			assertEquals(1, visibleRows(recordings, List.of(recording, tampered)), "the filter leaves the tampered copy");
			recordings.filterField().setText("");
			ReplayView replay = replay(bot, recordings, run);
			double half = replay.clock().length() / 2;
			dragTo(replay, 500);
			assertEquals(rendered(recording, replay.clock().time()), replay.transcript().widget().getText(),
					"moved to the middle: the session up to there");
			assertTrue(Math.abs(replay.clock().time() - half) < 0.01 * replay.clock().length(), replay.timeShown());
			dragTo(replay, 250);
			assertEquals(rendered(recording, replay.clock().time()), replay.transcript().widget().getText(),
					"moved back: the session up to there, shown again from its start");
			replay.setSpeed(Speed.INSTANT);
			ShellBot.press(replay.playButton());
			bot.dispatchUntil(() -> replay.clock().atEnd(), 30, "the replay reached the end");
			assertEquals(rendered(recording), replay.transcript().widget().getText(), "the whole session, as recorded");
			assertTrue(replay.timeShown().endsWith("s of " + String.format(java.util.Locale.ROOT, "%.1f s",
					replay.clock().length())), replay.timeShown());
			assertFalse(replay.playing(), "the replay stops at the end");
			assertFindsTheCommand(replay.findBar(), replay.transcript().widget(), recording);
			page.activate(replay);
			replay.findBar().field().setText("sys");
			replay.findBar().field().setSelection(0);
			page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(FindBar.FIND_COMMAND, null);
			// Xvfb has no window manager to give the shell focus; the field's text selected shows Find went there
			assertEquals("sys", replay.findBar().field().getSelectionText(), "Ctrl+F (Find) goes to the Find field");
			replay.findBar().field().setText(COMMAND);
			UiTestSupport.flush(shell.getDisplay());
			ShellBot.shot(shell, "operations-perspective.png");
		}
	}

	/** The view's count is the number of times the command shows in the session's text, and Next steps along. */
	private static void assertFindsTheCommand(FindBar find, StyledText transcript, Path recording) throws Exception {
		String shown = transcript.getText();
		long typed = events(recording).stream().filter(e -> e.isInput() && e.data().contains(COMMAND)).count();
		assertTrue(typed >= 1, "the run typed " + COMMAND);
		int expected = occurrences(shown, COMMAND);
		assertTrue(expected >= typed, "every command typed is shown: " + expected + " of " + typed);
		find.field().setText(COMMAND);
		String count = expected == 1 ? "1 match" : expected + " matches";
		assertEquals(count, find.status());
		String lower = shown.toLowerCase(java.util.Locale.ROOT);
		for (int at = lower.indexOf(COMMAND); at >= 0; at = lower.indexOf(COMMAND, at + 1)) {
			StyleRange style = transcript.getStyleRangeAtOffset(at);
			assertTrue(style != null && style.background != null, "the match at " + at + " is highlighted");
		}
		int firstTyped = shown.indexOf(COMMAND);
		assertEquals(SWT.BOLD, transcript.getStyleRangeAtOffset(firstTyped).fontStyle & SWT.BOLD,
				"a typed command stays bold under its highlight");
		assertTrue(find.next());
		assertEquals(COMMAND, transcript.getSelectionText());
		assertEquals("1 of " + count, find.status());
		find.field().setText("no such command anywhere");
		assertEquals("'no such command anywhere' is not in this session", find.status());
		assertFalse(find.next());
		find.field().setText("");
	}

	private static ReplayView replay(ShellBot bot, RecordingsView recordings, TableItem row) throws Exception {
		Table table = recordings.viewer().getTable();
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, selection(table, row));
		table.notifyListeners(SWT.DefaultSelection, selection(table, row)); // the double-click
		ReplayView replay = (ReplayView) recordings.getSite().getPage().findView(ReplayView.ID);
		assertNotNull(replay, "double-click opened the Replay view");
		bot.dispatchUntil(replay::ready, 30, "the recording was read for the replay");
		assertEquals("0.0 s of " + String.format(java.util.Locale.ROOT, "%.1f s", replay.clock().length()),
				replay.timeShown());
		assertEquals("", replay.transcript().widget().getText(), "nothing shown before Play");
		return replay;
	}

	private static Event selection(Table table, TableItem row) {
		Event e = new Event();
		e.item = row;
		e.widget = table;
		return e;
	}

	/** The copy of a recording and its sidecar with one typed command changed, as a tamperer would. */
	private static Path tamperedCopy(Path recording) throws Exception {
		Path copy = recording.resolveSibling("20000101-000000-000-run-demo-site.cast");
		String text = Files.readString(recording, StandardCharsets.UTF_8);
		assertTrue(text.contains(COMMAND), "the run's recording holds the command");
		Files.writeString(copy, text.replaceFirst(COMMAND, "sys cache writebehind"), StandardCharsets.UTF_8);
		Files.copy(SessionRecording.sidecarOf(recording), SessionRecording.sidecarOf(copy));
		return copy;
	}

	private static List<CastEvent> events(Path recording) throws Exception {
		return Files.readAllLines(recording, StandardCharsets.UTF_8).stream().map(CastReader::event)
				.flatMap(java.util.Optional::stream).toList();
	}

	/** The session's text as SessionText renders the recording's events, all of them. */
	private static String rendered(Path recording) throws Exception {
		return rendered(recording, Double.MAX_VALUE);
	}

	/** The session's text up to the session's time {@code until}. */
	private static String rendered(Path recording, double until) throws Exception {
		SessionText text = new SessionText();
		StringBuilder s = new StringBuilder();
		events(recording).stream().filter(e -> e.time() <= until)
				.forEach(e -> text.take(e).forEach(seg -> s.append(seg.text())));
		return s.toString();
	}

	/** Drags the position slider to {@code permille} of the session, as the engineer would. */
	private static void dragTo(ReplayView replay, int permille) {
		replay.positionSlider().setSelection(permille);
		replay.positionSlider().notifyListeners(SWT.Selection, new Event());
	}

	/** As Find counts: ignoring case. */
	private static int occurrences(String shown, String wanted) {
		String text = shown.toLowerCase(java.util.Locale.ROOT);
		String words = wanted.toLowerCase(java.util.Locale.ROOT);
		int n = 0;
		for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length())) {
			n++;
		}
		return n;
	}

	private static TableItem row(RecordingsView view, Path file) {
		for (TableItem item : view.viewer().getTable().getItems()) {
			if (file.getFileName().toString().equals(cell(view, item, "File"))) {
				return item;
			}
		}
		return null;
	}

	private static int visibleRows(RecordingsView view, List<Path> files) {
		return (int) files.stream().filter(f -> row(view, f) != null).count();
	}

	private static String cell(RecordingsView view, TableItem item, String column) {
		Table table = view.viewer().getTable();
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(column)) {
				return item.getText(i);
			}
		}
		throw new AssertionError("no column " + column);
	}
}
