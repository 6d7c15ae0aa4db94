package org.restripe.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.restripe.store.StoreException;

/**
 * Starts the Restripe workbench: the data directory, then the window, while the database opens beside it; the
 * window opens once the database has (see {@link RestripeWorkbenchAdvisor#openWindows()}).
 */
public class RestripeApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		StartupClassPreload.start();
		Display display = PlatformUI.createDisplay();
		try {
			DataDirectory data = DataDirectory.fromInstanceLocation();
			try {
				RestripeUi.open(data);
			} catch (StoreException e) {
				cannotStart(data, e);
				return IApplication.EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new RestripeWorkbenchAdvisor(data));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			RestripeUi.close();
			display.dispose();
		}
	}

	/** The database (or the demo site) cannot be opened: the reason, and what to do, before the workbench exits. */
	static void cannotStart(DataDirectory data, StoreException e) {
		String why = e.getMessage() + "\n\nIs another Restripe already using " + data.path()
				+ "? Start with -data DIR to use another.";
		ILog.of(RestripeApplication.class).log(Status.error("Restripe cannot start: " + why)); // for whoever starts it in a script
		MessageDialog.openError(null, "Restripe cannot start", why);
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
