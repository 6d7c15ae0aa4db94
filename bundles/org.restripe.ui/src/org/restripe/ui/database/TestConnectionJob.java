package org.restripe.ui.database;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.restripe.store.DatabaseLogin;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * Test Connection: opens the shared database with the login given (bringing its schema up to date, as the
 * workbench would at start), reads its schema version, closes it; the result in words, on the UI thread.
 */
public final class TestConnectionJob extends Job {
	private final String url;
	private final DatabaseLogin login;
	private final char[] typed;
	private final Control owner;
	private final Consumer<String> result;

	/** {@code typed}: the password typed (wiped when done), or null to use the one in secure storage. */
	public TestConnectionJob(String url, DatabaseLogin login, char[] typed, Control owner, Consumer<String> result) {
		super("Test the connection to " + url);
		this.url = url;
		this.login = login;
		this.typed = typed;
		this.owner = owner;
		this.result = result;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		String words;
		try (RestripeDatabase database = RestripeDatabase.open(url, login)) {
			words = "Connected to " + database.describe() + (login.user() == null ? "" : " as " + login.user())
					+ ": schema version " + database.schemaVersion() + ".";
		} catch (StoreException | RuntimeException e) {
			words = "Not connected: " + e.getMessage();
		} finally {
			if (typed != null) {
				Arrays.fill(typed, '\0');
			}
			monitor.done();
		}
		String said = words;
		if (!owner.isDisposed()) {
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					result.accept(said);
				}
			});
		}
		return Status.OK_STATUS;
	}
}
