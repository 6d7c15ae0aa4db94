package org.restripe.ui.demo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * For the launch measurement (releng/measure-launch.sh): with {@code -Drestripe.startupMarker=FILE} the workbench
 * writes FILE once its window is up and the events queued while it opened (painting the Sites view and the demo
 * site's diagram) have been handled. The file says how long after the JVM started that was. With
 * {@code -Drestripe.startupMarker.close=true} the workbench then closes as File > Exit would.
 */
final class StartupMarker {
	static final String PROPERTY = "restripe.startupMarker";
	/** Closes the workbench (as File > Exit does, saving its state) once the marker is written: repeated launches. */
	static final String CLOSE = "restripe.startupMarker.close";

	private StartupMarker() {
	}

	static void windowShown(IWorkbenchWindow window, Path demo) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		Display display = window.getShell().getDisplay();
		display.asyncExec(() -> {
			Shell shell = window.getShell();
			if (shell == null || shell.isDisposed() || !shell.isVisible()) {
				return;
			}
			shell.update(); // paint what is pending before saying the window shows
			long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			String page = window.getActivePage() == null ? "" : window.getActivePage().getPerspective().getId();
			String editor = window.getActivePage() == null || window.getActivePage().getActiveEditor() == null ? "none"
					: window.getActivePage().getActiveEditor().getTitle();
			write(Path.of(file), "window shown " + sinceJvmStart + " ms after the JVM started (" + cpuMillis()
					+ " ms CPU); perspective " + page
					+ "; editor " + editor + "; demo site " + (Files.exists(demo) ? demo : "absent") + "\n");
			if (Boolean.getBoolean(CLOSE)) {
				closeWhenTheDemoStarted(display, window);
			}
		});
	}

	/** The next launch is to find what this one leaves: the demo's desk records and a saved workbench. */
	private static void closeWhenTheDemoStarted(Display display, IWorkbenchWindow window) {
		Thread waiter = new Thread(() -> {
			try {
				Job.getJobManager().join(DemoStartJob.FAMILY, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> window.getWorkbench().close());
			}
		}, "restripe-startup-marker");
		waiter.setDaemon(true);
		waiter.start();
	}

	/** The process's CPU time so far: what the start costs, whatever else loads the machine. */
	private static long cpuMillis() {
		return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
	}

	private static void write(Path file, String text) {
		try {
			Path temp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			System.err.println("restripe: cannot write the startup marker " + file + ": " + e.getMessage());
		}
	}
}
