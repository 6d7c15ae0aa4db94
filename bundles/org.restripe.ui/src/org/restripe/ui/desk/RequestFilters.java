package org.restripe.ui.desk;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.restripe.workflow.RequestQuery;
import org.restripe.workflow.RequestState;

/** The fields above the request queue: a state, a customer (id) and a site; any change asks for a reload. */
public final class RequestFilters {
	public static final String ANY_STATE = "any state";

	private final Combo state;
	private final Text customer;
	private final Text site;

	public RequestFilters(Composite parent, Runnable changed) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("State:");
		state = new Combo(bar, SWT.READ_ONLY);
		state.add(ANY_STATE);
		for (RequestState s : RequestState.values()) {
			state.add(s.words());
		}
		state.select(0);
		state.addModifyListener(e -> changed.run());
		customer = text(bar, "Customer:", "the customer's id, e.g. acme", changed);
		site = text(bar, "Site:", "the site's name, e.g. demo-site", changed);
	}

	private static Text text(Composite bar, String label, String hint, Runnable changed) {
		new Label(bar, SWT.NONE).setText(label);
		Text text = new Text(bar, SWT.BORDER | SWT.SEARCH);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> changed.run());
		return text;
	}

	/** The query the fields say, on the given page. */
	public RequestQuery query(int page) {
		RequestQuery query = RequestQuery.all().onPage(page).ofCustomer(customer.getText()).atSite(site.getText());
		int chosen = state.getSelectionIndex();
		return chosen <= 0 ? query : query.inState(RequestState.values()[chosen - 1]);
	}

	public Combo stateField() {
		return state;
	}

	public Text customerField() {
		return customer;
	}

	public Text siteField() {
		return site;
	}
}
