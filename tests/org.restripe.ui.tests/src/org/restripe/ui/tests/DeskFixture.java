package org.restripe.ui.tests;

import java.time.LocalDate;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.restripe.model.ServiceLevel;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.wizards.DeskChoices;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Customer;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.Routing;
import org.restripe.workflow.ServiceContract;

/**
 * The desk as the UI tests find it: the workbench's own database with the EMEA region served by a center, and
 * customers under names of their own (the database outlives a test run, so every run's names differ).
 */
final class DeskFixture {
	static final String REGION = "EMEA";
	static final String CENTER = "Rotterdam solutions center";

	private DeskFixture() {
	}

	static RestripeDatabase database() {
		return RestripeUi.database();
	}

	/** "northwind-k3x9a1": a name no earlier run used. */
	static String unique(String base) {
		return base + "-" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
	}

	static void serveRegion() throws StoreException {
		new Routing(database()).serve(REGION, CENTER);
		new Routing(database()).place("Rotterdam", REGION);
	}

	/** A customer with one site at Rotterdam. */
	static Customer customerWithSite(String id, String site) throws StoreException {
		serveRegion();
		Customer customer = new Customer(id, "Customer " + id, REGION);
		new RequestDesk(database()).saveCustomer(customer);
		new Routing(database()).saveSite(id, site, "Rotterdam");
		return customer;
	}

	static ServiceContract contract(String customerId, ServiceLevel level, LocalDate start, LocalDate end)
			throws StoreException {
		return new Contracts(database()).create(new Contracts.Terms(null, customerId, level, start, end, null), "test");
	}

	static DeskChoices choices() throws StoreException {
		return DeskChoices.read(database(), RestripeUi.dataDirectory().sites());
	}

	/** The wizard in its dialog, open without blocking the test. */
	static WizardDialog open(IWizard wizard) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTestSupport.flush(dialog.getShell().getDisplay());
		return dialog;
	}

	static void close(WizardDialog dialog) {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}
}
