package org.restripe.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.restripe.store.StoreException;
import org.restripe.ui.desk.DeskMessages;
import org.restripe.ui.desk.DeskViews;

/**
 * What the desk's wizards share: Finish writes in the wizard's own progress (off the UI thread); a refusal or
 * a database failure stays on the page in words, and the wizard stays open so nothing typed is lost.
 */
abstract class DeskWizard extends Wizard {
	/** The write Finish does; returns what happened in words. */
	@FunctionalInterface
	interface Write {
		String write() throws StoreException;
	}

	private String outcome;

	DeskWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	/** Runs the write; false (and the failure on {@code page}) when it did not happen. */
	final boolean finish(IWizardPage page, String failed, Write write) {
		String[] done = new String[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(getWindowTitle(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					done[0] = write.write();
				} catch (StoreException | RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			((org.eclipse.jface.wizard.WizardPage) page).setErrorMessage(failed + ": " + DeskMessages.of(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		outcome = done[0];
		DeskViews.refreshActive(outcome);
		return true;
	}

	/** What Finish did, in words; null before. */
	public String outcome() {
		return outcome;
	}
}
