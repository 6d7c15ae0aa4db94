package org.restripe.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Asks the engineer from a job's thread: the question runs on the UI thread (syncExec) and its answer comes
 * back to the job. Used by the callbacks the core calls while it works (passwords, confirmations).
 */
public final class UiThread {
	private UiThread() {
	}

	/** The workbench's display, or null when there is none (headless, or the workbench is closing). */
	public static Display display() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return Display.getCurrent();
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		return display.isDisposed() ? null : display;
	}

	/** Runs {@code question} on the display's thread and returns its answer; {@code ifGone} when it cannot run. */
	public static <T> T ask(Display display, Supplier<T> question, T ifGone) {
		if (display == null || display.isDisposed()) {
			return ifGone;
		}
		if (display.getThread() == Thread.currentThread()) {
			return question.get();
		}
		AtomicReference<T> answer = new AtomicReference<>(ifGone);
		try {
			display.syncExec(() -> answer.set(question.get()));
		} catch (SWTException e) {
			// the display was disposed while the job waited: nobody can answer
			return ifGone;
		}
		return answer.get();
	}

	/** The shell a dialog should sit on: the active workbench window's, or null for a top-level one. */
	public static Shell parentShell() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window == null ? null : window.getShell();
	}
}
