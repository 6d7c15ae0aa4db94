package org.restripe.ui.diagram.tests;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;

/** What the editor tests share: the workbench page, every editor closed unsaved after a test, a settled display. */
abstract class EditorTest {
	protected final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	/** Runs the event loop for 400 ms, so views and the Properties view follow what the test just did. */
	static void settle() {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 400;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
	}
}
