package org.restripe.ui.diagram.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.restripe.ui.tests.UiTestSupport;

/** Screenshots of the workbench window for tests that do not drive input. */
final class UiShots {
	private UiShots() {
	}

	static Path take(String name) throws IOException {
		return UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
	}
}
