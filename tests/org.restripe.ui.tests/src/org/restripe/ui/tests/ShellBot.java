package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Answers the dialogs a flow opens, as the engineer would, from the event loop (a modal dialog runs its own
 * loop, so the test's code cannot wait for it): each handler runs once when a shell with its title is open.
 * A dialog nobody expected is closed after a minute and reported, so a test fails instead of hanging.
 */
public final class ShellBot implements AutoCloseable {
	private static final long UNEXPECTED_MILLIS = 60_000;

	private final Display display = Display.getCurrent();
	private final Map<String, List<Consumer<Shell>>> handlers = new LinkedHashMap<>();
	private final Map<Shell, Long> unexpected = new HashMap<>();
	private final List<String> failures = new ArrayList<>();
	private final Map<String, Integer> opened = new HashMap<>();
	private boolean running = true;

	public ShellBot() {
		display.timerExec(50, this::look);
	}

	/** Runs {@code action} on the next shell titled {@code title} that opens. */
	public ShellBot whenOpen(String title, Consumer<Shell> action) {
		handlers.computeIfAbsent(title, t -> new ArrayList<>()).add(action);
		return this;
	}

	/** How many shells with this title were handled. */
	public int handled(String title) {
		return opened.getOrDefault(title, 0);
	}

	private void look() {
		if (!running || display.isDisposed()) {
			return;
		}
		for (Shell shell : display.getShells()) {
			if (shell.isDisposed() || !shell.isVisible() || shell.getData("restripe.bot") != null || isWorkbench(shell)) {
				continue;
			}
			List<Consumer<Shell>> waiting = handlers.get(shell.getText());
			if (waiting != null && !waiting.isEmpty()) {
				shell.setData("restripe.bot", Boolean.TRUE);
				opened.merge(shell.getText(), 1, Integer::sum);
				run(shell, waiting.remove(0));
			} else {
				closeIfForgotten(shell);
			}
		}
		display.timerExec(50, this::look);
	}

	private void run(Shell shell, Consumer<Shell> action) {
		String title = shell.getText(); // the action may close the shell before it fails
		try {
			action.accept(shell);
		} catch (Throwable t) {
			failures.add("handling '" + title + "': " + t);
			if (!shell.isDisposed()) {
				shell.close();
			}
		}
	}

	private void closeIfForgotten(Shell shell) {
		long now = System.currentTimeMillis();
		long seen = unexpected.computeIfAbsent(shell, s -> now);
		if (now - seen > UNEXPECTED_MILLIS) {
			failures.add("an unexpected dialog '" + shell.getText() + "' stayed open: " + texts(shell));
			shell.close();
		}
	}

	private static boolean isWorkbench(Shell shell) {
		if (PlatformUI.isWorkbenchRunning()) {
			for (org.eclipse.ui.IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				if (window.getShell() == shell) {
					return true;
				}
			}
		}
		return false;
	}

	/** Runs the event loop until {@code done} holds; fails after {@code seconds}. */
	public void dispatchUntil(BooleanSupplier done, int seconds, String what) {
		long until = System.currentTimeMillis() + seconds * 1000L;
		while (!done.getAsBoolean() && System.currentTimeMillis() < until && failures.isEmpty()) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		assertNoFailures();
		assertTrue(done.getAsBoolean(), what + " (waited " + seconds + " s)");
	}

	public void assertNoFailures() {
		if (!failures.isEmpty()) {
			fail(String.join("\n", failures));
		}
	}

	/** Presses the button labelled {@code label}, which must be enabled, as a click would. */
	public static void press(Shell shell, String label) {
		Button button = find(shell, Button.class, b -> label.equals(b.getText().replace("&", "")));
		assertTrue(button.isEnabled(), "'" + label + "' is enabled in '" + shell.getText() + "': " + texts(shell));
		press(button);
	}

	/** A screenshot of the shell once it has painted (the event loop runs a moment first). */
	public static void shot(Shell shell, String name) {
		UiTestSupport.flush(shell.getDisplay());
		try {
			UiTestSupport.screenshot(shell, name);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Presses a push button, which must be enabled, as a click would. */
	public static void press(Button button) {
		assertTrue(button.isEnabled(), "'" + button.getText() + "' is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Clicks a radio button or check box, as the engineer would. */
	public static void click(Button button) {
		assertTrue(button.isEnabled(), "'" + button.getText() + "' is enabled");
		button.setSelection((button.getStyle() & SWT.RADIO) != 0 || !button.getSelection());
		button.notifyListeners(SWT.Selection, new Event());
	}

	public static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		assertTrue(index >= 0, item + " is offered: " + String.join(", ", combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/** Every label's text in the shell, one a line: what the engineer reads. */
	public static String texts(Shell shell) {
		StringBuilder s = new StringBuilder();
		collect(shell, s);
		return s.toString();
	}

	private static void collect(Control control, StringBuilder s) {
		if (control instanceof Label label && !label.getText().isEmpty()) {
			s.append(label.getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, s);
			}
		}
	}

	private static <T extends Control> T find(Control control, Class<T> type, java.util.function.Predicate<T> test) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		if (control instanceof Shell) {
			throw new AssertionError("no such button in '" + ((Shell) control).getText() + "'");
		}
		return null;
	}

	@Override
	public void close() {
		running = false;
	}
}
