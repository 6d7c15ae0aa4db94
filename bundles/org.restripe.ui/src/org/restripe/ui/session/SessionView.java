package org.restripe.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The live record of the current session with a site, read-only: what the arrays printed, what the center
 * typed (bold blue), the session's markers (italic, on their own lines), followed as the recording grows. A
 * Find field (Ctrl+F) highlights every match and steps through them; the view's status line says where the
 * line stands; below, how the arrays compared.
 */
public class SessionView extends ViewPart implements SessionBoard.Listener {
	public static final String ID = "org.restripe.ui.views.session";
	private static final int POLL_MILLIS = 200;

	private Transcript transcript;
	private FindBar find;
	private Button cancel;
	private Job work;
	private Label heading;
	private Text comparison;
	private CastTail tail;
	private SessionText text = new SessionText();
	private final LineStateTracker line = new LineStateTracker();
	private String title = "";
	private String dialback = "";
	private final List<String> dialbackShown = new ArrayList<>();
	private boolean polling;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		transcript = new Transcript(sash);
		createFindBar(top);
		Composite lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(lower);
		heading = new Label(lower, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		comparison = new Text(lower, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.BORDER);
		comparison.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(comparison);
		sash.setWeights(3, 1);
		SessionBoard.addListener(this);
		showStatus();
		SessionBoard.Current current = SessionBoard.current();
		if (current != null) {
			sessionStarted(current.recording(), current.title(), current.ended() == null ? current.work() : null);
			if (current.heading() != null) {
				comparison(current.heading(), current.lines());
			}
			if (current.ended() != null) {
				sessionEnded(current.ended());
			}
		}
	}

	private void createFindBar(Composite parent) {
		find = new FindBar(parent, transcript, 1);
		find.bindFindCommand(getViewSite());
		cancel = new Button(find.composite(), SWT.PUSH);
		cancel.setText("Cancel Session");
		cancel.setToolTipText("Stop the session's work between two console exchanges; the line is hung up");
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, e -> cancelWork());
	}

	/** Cancels the job that owns the session; it stops at its next look at the monitor. */
	public void cancelWork() {
		if (work != null) {
			work.cancel();
			cancel.setEnabled(false);
		}
	}

	/** Selects the next match of the Find text (all of them highlighted), wrapping at the end. */
	public boolean findNext() {
		return find.next();
	}

	/** The Find bar: its field, its count ("2 of 5 matches"). */
	public FindBar findBar() {
		return find;
	}

	@Override
	public void sessionStarted(Path recording, String sessionTitle, Job sessionWork) {
		if (transcript.widget().isDisposed()) {
			return;
		}
		work = sessionWork;
		cancel.setEnabled(work != null);
		tail = new CastTail(recording);
		text = new SessionText();
		line.reset();
		dialback = "";
		dialbackShown.clear();
		title = sessionTitle;
		transcript.clear();
		heading.setText("");
		comparison.setText("");
		showStatus();
		startPolling();
	}

	@Override
	public void comparison(String headingText, List<String> lines) {
		if (heading.isDisposed()) {
			return;
		}
		poll(); // the output that led to the comparison first
		heading.setText(headingText);
		heading.getParent().layout();
		comparison.setText(String.join("\n", lines));
	}

	@Override
	public void sessionEnded(String how) {
		if (transcript.widget().isDisposed()) {
			return;
		}
		poll();
		line.ended(how);
		work = null;
		cancel.setEnabled(false);
		showStatus();
	}

	@Override
	public void dialback(String state, String message) {
		if (transcript.widget().isDisposed()) {
			return;
		}
		dialback = message.isEmpty() ? state : state + ": " + message;
		dialbackShown.add(dialback);
		showStatus();
	}

	private void startPolling() {
		if (!polling) {
			polling = true;
			transcript.widget().getDisplay().timerExec(POLL_MILLIS, this::pollAndRepeat);
		}
	}

	private void pollAndRepeat() {
		if (transcript.widget().isDisposed()) {
			return;
		}
		poll();
		if (line.state() == LineState.ENDED) {
			polling = false;
		} else {
			transcript.widget().getDisplay().timerExec(POLL_MILLIS, this::pollAndRepeat);
		}
	}

	/** Shows what the recording gained since the last look. */
	public void poll() {
		if (tail == null || transcript.widget().isDisposed()) {
			return;
		}
		List<CastEvent> events;
		try {
			events = tail.poll();
		} catch (IOException e) {
			setContentDescription("The recording " + tail.file() + " cannot be read: " + e.getMessage());
			return;
		}
		boolean stateChanged = false;
		for (CastEvent event : events) {
			text.take(event).forEach(transcript::append);
			stateChanged |= line.take(event);
		}
		if (!events.isEmpty()) {
			find.textGrew();
		}
		if (!events.isEmpty() && find.field().getText().isEmpty()) {
			StyledText widget = transcript.widget();
			widget.setTopIndex(widget.getLineCount() - 1); // follow the session unless the engineer searches
		}
		if (stateChanged) {
			showStatus();
		}
	}

	private void showStatus() {
		String detail = line.detail().isEmpty() ? "" : " (" + line.detail() + ")";
		String of = title.isEmpty() ? "" : title + ": ";
		String call = dialback.isEmpty() ? "" : "; dialback " + dialback;
		String file = tail == null ? "" : "; recorded in " + tail.file();
		setContentDescription(of + "line " + line.state().label() + detail + call + file);
	}

	public LineState lineState() {
		return line.state();
	}

	public String lineDetail() {
		return line.detail();
	}

	/** What the status said of the dialback call in this session, in order ("Awaiting callback: The site's ..."). */
	public List<String> dialbackShown() {
		return List.copyOf(dialbackShown);
	}

	/** What the view's status line says now. */
	public String status() {
		return getContentDescription();
	}

	public StyledText transcript() {
		return transcript.widget();
	}

	public Button cancelButton() {
		return cancel;
	}

	public Text findField() {
		return find.field();
	}

	public String findStatus() {
		return find.status();
	}

	public String comparisonHeading() {
		return heading.getText();
	}

	public String comparisonText() {
		return comparison.getText();
	}

	@Override
	public void setFocus() {
		find.field().setFocus();
	}

	@Override
	public void dispose() {
		SessionBoard.removeListener(this);
		super.dispose();
	}
}
