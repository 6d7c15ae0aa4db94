package org.restripe.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.desk.DeskRead;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProgress;
import org.restripe.workflow.RequestQuery;

/**
 * Build Kit's "Request" field: the site's requests a kit may be built for (read off the UI thread), or none;
 * the request selected in the Desk's Requests view is chosen first when it is one of them.
 */
final class KitRequestField {
	static final String NONE = "none";
	private static final int MOST = 1000;

	private final String siteName;
	private final Integer suggested;
	private final Runnable changed;
	private final List<Request> offered = new ArrayList<>();
	private Combo combo;
	private boolean read;
	private String problem;

	KitRequestField(String siteName, Integer suggested, Runnable changed) {
		this.siteName = siteName;
		this.suggested = suggested;
		this.changed = changed;
	}

	void create(Composite parent) {
		new Label(parent, SWT.NONE).setText("Request:");
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(NONE);
		combo.select(0);
		combo.setEnabled(false);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
		combo.addListener(SWT.Selection, e -> changed.run());
		new DeskRead<List<Request>>("Read the open requests of " + siteName, combo, () -> open(RestripeUi.database(),
				siteName), this::show, failure -> {
					problem = failure;
					read = true;
					changed.run();
				}).schedule();
	}

	/** The site's requests that a kit may be built for now, newest first. */
	static List<Request> open(RestripeDatabase database, String siteName) throws StoreException {
		RequestProgress progress = new RequestProgress(database);
		List<Request> open = new ArrayList<>();
		for (Request r : new RequestDesk(database).list(new RequestQuery(null, null, siteName, 1, MOST))) {
			try {
				progress.kitMayBeBuiltFor(r.id(), siteName);
				open.add(r);
			} catch (IllegalArgumentException | IllegalStateException notNow) {
				// awaiting approval, closed, or past implementation: no kit is built for it
			}
		}
		return open;
	}

	private void show(List<Request> requests) {
		offered.addAll(requests);
		List<String> items = new ArrayList<>(List.of(NONE));
		int chosen = 0;
		for (Request r : requests) {
			items.add(item(r));
			if (suggested != null && r.id() == suggested) {
				chosen = items.size() - 1;
			}
		}
		combo.setItems(items.toArray(String[]::new));
		combo.select(chosen);
		combo.setEnabled(true);
		read = true;
		changed.run();
	}

	static String item(Request r) {
		return "Request " + r.id() + ": " + r.summary() + " (" + r.state().words() + ")";
	}

	/** Null while the requests are read; otherwise a warning or information line for the page, or null. */
	String message() {
		if (!read) {
			return "Request: reading the open requests of " + siteName + "...";
		}
		if (problem != null) {
			return "Request: the desk's requests could not be read (" + problem + "); the kit is built for none";
		}
		Request r = request();
		return r == null ? null : "Request: request " + r.id() + " is filed with the kit and becomes implementation built";
	}

	boolean isRead() {
		return read;
	}

	boolean failed() {
		return problem != null;
	}

	/** The chosen request, or null for none. */
	Request request() {
		int i = combo == null ? 0 : combo.getSelectionIndex();
		return i <= 0 ? null : offered.get(i - 1);
	}

	Combo combo() {
		return combo;
	}
}
