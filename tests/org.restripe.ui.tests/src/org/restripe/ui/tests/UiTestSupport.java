package org.restripe.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Helpers shared by UI tests: let the display settle, capture what the engineer would see. */
public final class UiTestSupport {

	private UiTestSupport() {
	}

	/** Runs the event loop until no event is pending and a short settle time has passed. */
	public static void flush(Display display) {
		long until = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** A PNG of the shell's screen area under target/screenshots (or -Drestripe.screenshots). */
	public static Path screenshot(Shell shell, String name) throws IOException {
		Path dir = Paths.get(System.getProperty("restripe.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		Path file = dir.resolve(name);
		Display display = shell.getDisplay();
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
