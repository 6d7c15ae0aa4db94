package org.restripe.ui.session;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The Find field above a transcript, as in the Session and Replay views: typing highlights every match and says
 * how many; Enter or Next steps to the next, Previous back; Ctrl+F in the view comes here.
 */
public final class FindBar {
	/** The workbench's Find/Replace command, bound to Ctrl+F. */
	public static final String FIND_COMMAND = "org.eclipse.ui.edit.findReplace";

	private final Transcript transcript;
	private final Composite bar;
	private final Text find;
	private final Label status;

	/** The bar's first columns; the caller may add {@code extraColumns} controls of its own after them. */
	public FindBar(Composite parent, Transcript transcript, int extraColumns) {
		this.transcript = transcript;
		bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5 + extraColumns).margins(2, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Find:");
		find = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.SINGLE);
		find.setMessage("command or output (Ctrl+F)");
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(find);
		find.addModifyListener(e -> search());
		find.addListener(SWT.DefaultSelection, e -> next());
		button("Previous", this::previous);
		button("Next", this::next);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		transcript.widget().addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
				focus();
			}
		});
	}

	private void button(String label, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Ctrl+F (the workbench's Find command) focuses the field while the view is active. */
	public void bindFindCommand(IViewSite site) {
		IHandlerService handlers = site.getService(IHandlerService.class);
		handlers.activateHandler(FIND_COMMAND, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				focus();
				return null;
			}
		});
	}

	public Composite composite() {
		return bar;
	}

	public void focus() {
		find.setFocus();
		find.selectAll();
	}

	/** Highlights every match of the field's text and says how many there are. */
	public int search() {
		int count = transcript.search(find.getText());
		showCount();
		return count;
	}

	/** The next match after the current one, wrapping; false (and said so) when there is none. */
	public boolean next() {
		search();
		boolean found = transcript.next();
		showCount();
		return found;
	}

	public boolean previous() {
		search();
		boolean found = transcript.previous();
		showCount();
		return found;
	}

	/** After the transcript took more text: the count follows it. */
	public void textGrew() {
		if (!find.getText().isEmpty()) {
			showCount();
		}
	}

	private void showCount() {
		if (status.isDisposed()) {
			return;
		}
		String wanted = find.getText();
		int count = transcript.matchCount();
		if (wanted.isEmpty()) {
			status.setText("");
		} else if (count == 0) {
			status.setText("'" + wanted + "' is not in this session");
		} else {
			String matches = count == 1 ? "1 match" : count + " matches";
			status.setText(transcript.currentMatch() == 0 ? matches : transcript.currentMatch() + " of " + matches);
		}
		bar.layout();
	}

	public Text field() {
		return find;
	}

	public String status() {
		return status.getText();
	}
}
