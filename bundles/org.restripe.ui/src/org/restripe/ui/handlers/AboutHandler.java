package org.restripe.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;

/** Help > About Restripe: the version, where the data lives and the database schema it is at. */
public class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "About Restripe", aboutText());
		return null;
	}

	public static String aboutText() {
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		String schema;
		try {
			schema = "schema version " + RestripeUi.database().schemaVersion();
		} catch (StoreException e) {
			schema = "unavailable: " + e.getMessage();
		}
		return "Restripe " + version + "\n\nRemote reconfiguration of customers' disk arrays.\n\n"
				+ "Data directory: " + RestripeUi.dataDirectory().path() + "\nDatabase: " + schema
				+ "\nJava: " + System.getProperty("java.version");
	}
}
