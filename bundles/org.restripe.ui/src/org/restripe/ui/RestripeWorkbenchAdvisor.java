package org.restripe.ui;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.restripe.store.StoreException;
import org.restripe.ui.demo.FirstRun;

public class RestripeWorkbenchAdvisor extends WorkbenchAdvisor {
	private final DataDirectory data;

	public RestripeWorkbenchAdvisor(DataDirectory data) {
		this.data = data;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new RestripeWindowAdvisor(configurer);
	}

	/**
	 * The database opened beside the workbench's start; the window waits for it, so that its views find it open. If
	 * it cannot open (another Restripe holds the embedded one), the reason is shown and the workbench exits.
	 */
	@Override
	public boolean openWindows() {
		try {
			RestripeUi.awaitDatabase();
		} catch (StoreException e) {
			RestripeApplication.cannotStart(data, e);
			return false;
		}
		return super.openWindows();
	}

	/** The window shows: now the demo (first run's diagram, desk records, simulator) without delaying it. */
	@Override
	public void postStartup() {
		super.postStartup();
		IWorkbenchWindow[] windows = getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows();
		if (windows.length > 0) {
			FirstRun.windowOpened(windows[0]);
		}
	}

	@Override
	public void postShutdown() {
		FirstRun.shutdown();
		super.postShutdown();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return DesignPerspective.ID;
	}
}
