package org.restripe.ui.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.part.ViewPart;
import org.restripe.ui.operations.ReplayClock.Speed;
import org.restripe.ui.session.CastEvent;
import org.restripe.ui.session.CastReader;
import org.restripe.ui.session.FindBar;
import org.restripe.ui.session.SessionText;
import org.restripe.ui.session.Transcript;

/**
 * Plays a past recording with its timing, read-only, as the Session view showed it live: Play/Pause, speed 1x,
 * 4x or instant, and the position (drag to move through the session); Find (Ctrl+F) highlights and steps
 * through matches. The recording is read in a job.
 */
public class ReplayView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.replay";
	private static final int TICK_MILLIS = 50;
	private static final int SCALE = 1000;

	private Button play;
	private Combo speed;
	private Scale position;
	private Label time;
	private FindBar find;
	private Transcript transcript;
	private SessionText text = new SessionText();
	private ReplayClock clock = new ReplayClock(List.of());
	private RecordedSession session;
	private boolean playing;
	private long lastTick;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Composite controls = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(2, 2).applyTo(controls);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(controls);
		Composite findHolder = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(findHolder);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(findHolder);
		transcript = new Transcript(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(transcript.widget());
		find = new FindBar(findHolder, transcript, 0);
		find.bindFindCommand(getViewSite());
		createControls(controls);
		setContentDescription("Double-click a recording in the Recordings view to replay it.");
		enable(false);
	}

	private void createControls(Composite bar) {
		play = new Button(bar, SWT.PUSH);
		play.setText("Play");
		play.addListener(SWT.Selection, e -> playOrPause());
		new Label(bar, SWT.NONE).setText("Speed:");
		speed = new Combo(bar, SWT.READ_ONLY);
		for (Speed s : Speed.values()) {
			speed.add(s.label());
		}
		speed.select(0);
		speed.addListener(SWT.Selection, e -> {
			if (speed() == Speed.INSTANT && playing) {
				tick();
			}
		});
		position = new Scale(bar, SWT.HORIZONTAL);
		position.setMinimum(0);
		position.setMaximum(SCALE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(position);
		position.addListener(SWT.Selection, e -> seek(position.getSelection() * clock.length() / SCALE));
		time = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(time);
	}

	private void enable(boolean on) {
		play.setEnabled(on);
		speed.setEnabled(on);
		position.setEnabled(on);
	}

	/** Reads the recording in a job, then shows it from its start, paused. */
	public void open(RecordedSession recording) {
		pause();
		session = recording;
		enable(false);
		setContentDescription("Reading " + recording.file().getFileName() + "...");
		Display display = play.getDisplay();
		Job read = new Job("Reading the recording " + recording.file().getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<CastEvent> events = new ArrayList<>();
					Files.readAllLines(recording.file(), StandardCharsets.UTF_8)
							.forEach(l -> CastReader.event(l).ifPresent(events::add));
					display.asyncExec(() -> loaded(recording, events));
				} catch (IOException e) {
					display.asyncExec(() -> failed(recording, e));
				}
				return Status.OK_STATUS;
			}
		};
		read.schedule();
	}

	private void loaded(RecordedSession recording, List<CastEvent> events) {
		if (play.isDisposed() || recording != session) {
			return;
		}
		clock = new ReplayClock(events);
		restart();
		setContentDescription("Replay of " + recording.file().getFileName() + ": " + recording.site() + ", "
				+ recording.outcome() + ", chain " + recording.chain());
		setPartName("Replay: " + recording.site());
		enable(true);
		showTime();
	}

	private void failed(RecordedSession recording, IOException e) {
		if (!play.isDisposed() && recording == session) {
			setContentDescription("The recording " + recording.file() + " cannot be read: " + e.getMessage());
		}
	}

	private void restart() {
		clock.rewind();
		text = new SessionText();
		transcript.clear();
		find.search();
	}

	public void playOrPause() {
		if (playing) {
			pause();
		} else {
			if (clock.atEnd()) {
				restart();
			}
			playing = true;
			play.setText("Pause");
			lastTick = System.nanoTime();
			tick();
		}
	}

	private void pause() {
		playing = false;
		if (play != null && !play.isDisposed()) {
			play.setText("Play");
		}
	}

	private void tick() {
		if (!playing || play.isDisposed()) {
			return;
		}
		long now = System.nanoTime();
		show(clock.advance((now - lastTick) / 1e9, speed()));
		lastTick = now;
		if (clock.atEnd()) {
			pause();
		} else {
			play.getDisplay().timerExec(TICK_MILLIS, this::tick);
		}
	}

	/** Moves to the session's time {@code seconds}; going back shows the session again from its start. */
	public void seek(double seconds) {
		if (seconds < clock.time()) {
			restart();
		}
		show(clock.moveTo(seconds));
	}

	private void show(List<CastEvent> events) {
		for (CastEvent event : events) {
			text.take(event).forEach(transcript::append);
		}
		if (!events.isEmpty()) {
			find.textGrew();
			if (find.field().getText().isEmpty()) {
				transcript.widget().setTopIndex(transcript.widget().getLineCount() - 1);
			}
		}
		showTime();
	}

	private void showTime() {
		double length = clock.length();
		time.setText(String.format(Locale.ROOT, "%.1f s of %.1f s", clock.time(), length));
		position.setSelection(length == 0 ? 0 : (int) Math.round(clock.time() * SCALE / length));
	}

	public Speed speed() {
		return Speed.values()[Math.max(0, speed.getSelectionIndex())];
	}

	/** Chooses the speed, as the combo does. */
	public void setSpeed(Speed chosen) {
		speed.select(chosen.ordinal());
		speed.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	public RecordedSession session() {
		return session;
	}

	/** Whether the recording is read and ready to play. */
	public boolean ready() {
		return play.isEnabled();
	}

	public boolean playing() {
		return playing;
	}

	public ReplayClock clock() {
		return clock;
	}

	public Button playButton() {
		return play;
	}

	public Scale positionSlider() {
		return position;
	}

	public String timeShown() {
		return time.getText();
	}

	public Transcript transcript() {
		return transcript;
	}

	public FindBar findBar() {
		return find;
	}

	@Override
	public void setFocus() {
		play.setFocus();
	}

	@Override
	public void dispose() {
		playing = false;
		super.dispose();
	}
}
