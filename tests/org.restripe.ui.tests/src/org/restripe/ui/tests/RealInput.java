package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/**
 * Real X input (xdotool) into SWT controls: the field gets the keyboard focus and the engineer's keystrokes
 * arrive through the X server, so modify listeners, masks and validation run as they do for a person. The UI
 * thread keeps dispatching while xdotool runs.
 */
public final class RealInput {
	private static final int WAIT_SECONDS = 30;

	private RealInput() {
	}

	/** Replaces what the field holds with {@code text}, typed key by key. */
	public static void type(Control field, String text) {
		focus(field);
		if (!textOf(field).isEmpty()) {
			xdotool(field.getDisplay(), "key", "--clearmodifiers", "ctrl+a", "BackSpace");
		}
		if (!text.isEmpty()) {
			xdotool(field.getDisplay(), "type", "--clearmodifiers", "--delay", "12", "--", text); // "-5" is text
		}
		waitFor(field.getDisplay(), () -> text.equals(textOf(field)));
		assertEquals(text, textOf(field), "typed into the field");
	}

	/** A left click in the middle of the control (a radio button, a check box, a table row). */
	public static void click(Control control) {
		Rectangle bounds = control.getBounds();
		Point center = control.getParent().toDisplay(bounds.x + Math.min(12, bounds.width / 2), bounds.y + bounds.height / 2);
		Display display = control.getDisplay(); // the click may close the dialog the control is in
		control.getShell().forceActive();
		UiTestSupport.flush(display);
		xdotool(display, "mousemove", "--sync", Integer.toString(center.x), Integer.toString(center.y));
		xdotool(display, "click", "1");
		UiTestSupport.flush(display);
	}

	/** {@code clicks} left clicks in the middle of {@code area} (a table row, a tree item) of the control. */
	public static void clickAt(Control control, Rectangle area, int clicks) {
		Point center = control.toDisplay(area.x + Math.min(12, area.width / 2), area.y + area.height / 2);
		Display display = control.getDisplay();
		control.getShell().forceActive();
		UiTestSupport.flush(display);
		xdotool(display, "mousemove", "--sync", Integer.toString(center.x), Integer.toString(center.y));
		xdotool(display, "click", "--repeat", Integer.toString(clicks), "--delay", "80", "1");
		UiTestSupport.flush(display);
	}

	private static void focus(Control field) {
		field.getShell().forceActive();
		UiTestSupport.flush(field.getDisplay());
		field.setFocus();
		waitFor(field.getDisplay(), field::isFocusControl);
		assertTrue(field.isFocusControl(), "the field has the keyboard focus");
	}

	private static String textOf(Control field) {
		if (field instanceof Text t) {
			return t.getText();
		}
		if (field instanceof Combo c) {
			return c.getText();
		}
		throw new IllegalArgumentException("not a text field: " + field);
	}

	private static void waitFor(Display display, java.util.function.BooleanSupplier done) {
		long until = System.currentTimeMillis() + WAIT_SECONDS * 1000L;
		while (!done.getAsBoolean() && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** Runs xdotool, dispatching the events it causes meanwhile; the UI thread never waits on X alone. */
	private static void xdotool(Display display, String... args) {
		List<String> command = new ArrayList<>(List.of("xdotool"));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			while (process.isAlive()) {
				if (!display.readAndDispatch()) {
					Thread.sleep(5);
				}
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(command + " failed: " + new String(process.getInputStream().readAllBytes()));
			}
		} catch (IOException e) {
			throw new IllegalStateException("xdotool is needed for the UI tests (apt-get install xdotool)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while typing " + command, e);
		}
		UiTestSupport.flush(display);
	}
}
