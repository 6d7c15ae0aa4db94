package org.restripe.ui;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.restripe.store.StoreException;

/** Starts the Restripe workbench: the data directory and its database first, then the window. */
public class RestripeApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			DataDirectory data = DataDirectory.fromInstanceLocation();
			try {
				RestripeUi.open(data);
			} catch (StoreException e) {
				MessageDialog.openError(null, "Restripe cannot start", e.getMessage()
						+ "\n\nIs another Restripe already using " + data.path() + "? Start with -data DIR to use another.");
				return IApplication.EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new RestripeWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			RestripeUi.close();
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
