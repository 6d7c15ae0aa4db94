package org.restripe.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.Wizard;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.views.SiteFile;
import org.restripe.workflow.Customer;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;

/**
 * Intake: the first step of a request's path through the solutions center. Finishing it records the
 * customer (if new) and the request, RECEIVED, in the desk's database.
 */
public class IntakeWizard extends Wizard {
	private final RequestDesk desk;
	private IntakePage page;
	private Request opened;

	public IntakeWizard(RequestDesk desk) {
		this.desk = desk;
		setWindowTitle("New Request");
		setNeedsProgressMonitor(false);
	}

	/** A wizard on the workbench's own database and data directory. */
	public static IntakeWizard onWorkbench() {
		return new IntakeWizard(new RequestDesk(RestripeUi.database()));
	}

	@Override
	public void addPages() {
		List<Customer> customers;
		try {
			customers = desk.customers();
		} catch (StoreException e) {
			customers = List.of(); // the page still opens; finishing reports the database problem
		}
		List<String> sites = siteNames(RestripeUi.dataDirectory().sites());
		page = new IntakePage(customers, sites);
		addPage(page);
	}

	/** The sites whose configuration files are in the data directory, by name. */
	static List<String> siteNames(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SiteFile.EXTENSION))
					.map(n -> n.substring(0, n.length() - SiteFile.EXTENSION.length())).sorted().toList();
		} catch (IOException e) {
			return List.of(); // the page then says there is no site to choose
		}
	}

	@Override
	public boolean performFinish() {
		try {
			Customer customer = page.enteredCustomer();
			if (page.knownCustomer() == null) {
				desk.saveCustomer(customer);
			}
			opened = desk.open(customer.id(), page.siteName(), page.summary());
			return true;
		} catch (StoreException | IllegalArgumentException e) {
			page.setErrorMessage("The request was not recorded: " + e.getMessage());
			return false;
		}
	}

	/** The request recorded by Finish, or null before. */
	public Request openedRequest() {
		return opened;
	}

	public IntakePage intakePage() {
		return page;
	}
}
