package org.restripe.ui.desk;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.desk.CustomerNodes.CustomerNode;

/** The desk's customers, their sites and contracts (read in a job); refreshed after every desk change. */
public class CustomersView extends ViewPart {
	public static final String ID = "org.restripe.ui.desk.customers";

	private TreeViewer viewer;
	private Label status;
	private int loads;

	@Override
	public void createPartControl(Composite parent) {
		DeskViews.opened(this);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new CustomerContentProvider());
		viewer.setLabelProvider(new CustomerLabelProvider());
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		getSite().setSelectionProvider(viewer);
		reload();
	}

	/** Reads the customers again, off the UI thread. */
	public void reload() {
		status.setText("Reading the customers...");
		new DeskRead<List<CustomerNode>>("Read the desk's customers", viewer.getControl(),
				() -> CustomerNodes.read(RestripeUi.database()), nodes -> {
					viewer.setInput(nodes);
					status.setText(nodes.isEmpty() ? "No customers yet: File > New Request... takes the first in"
							: nodes.size() + (nodes.size() == 1 ? " customer" : " customers"));
					loads++;
				}, problem -> {
					status.setText("The customers could not be read: " + problem);
					loads++;
				}).schedule();
	}

	/** How many reads finished (for tests waiting on one). */
	public int loads() {
		return loads;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public String status() {
		return status.getText();
	}

	@Override
	public void dispose() {
		DeskViews.closed(this);
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
