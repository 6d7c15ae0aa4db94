package org.restripe.ui.wizards;

import java.time.LocalDate;

import org.eclipse.jface.wizard.IWizardPage;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.ExistingClient;
import org.restripe.workflow.NewClient;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestProcess;
import org.restripe.workflow.ServiceContract;

/**
 * File > New Request...: a reconfiguration request taken in as the request process does (FIG. 3). A new
 * client: customer, site and location, region, services, equipment, then a contract or a one-time charge. An
 * existing client: routed by the site's location, its contract checked; not valid: renewal or a charge.
 */
public class NewRequestWizard extends DeskWizard {
	private final RestripeDatabase database;
	private final DeskChoices choices;
	private ClientKindPage kind;
	private NewClientPage newClient;
	private PaymentPage payment;
	private ExistingClientPage existingClient;
	private CoveragePage coverage;
	private ExistingClient taken;
	private Request recorded;

	public NewRequestWizard(RestripeDatabase database, DeskChoices choices) {
		super("New Request");
		this.database = database;
		this.choices = choices;
	}

	@Override
	public void addPages() {
		kind = new ClientKindPage(!choices.customers().isEmpty());
		newClient = new NewClientPage(choices);
		payment = new PaymentPage();
		existingClient = new ExistingClientPage(choices);
		coverage = new CoveragePage(database, existingClient);
		addPage(kind);
		addPage(newClient);
		addPage(payment);
		addPage(existingClient);
		addPage(coverage);
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == kind) {
			return kind.isNewClient() ? newClient : existingClient;
		}
		if (page == newClient) {
			return payment;
		}
		if (page == existingClient) {
			return coverage;
		}
		return null;
	}

	@Override
	public IWizardPage getPreviousPage(IWizardPage page) {
		if (page == newClient || page == existingClient) {
			return kind;
		}
		if (page == payment) {
			return newClient;
		}
		return page == coverage ? existingClient : null;
	}

	@Override
	public boolean canFinish() {
		if (kind.getControl() == null) {
			return false;
		}
		return kind.isNewClient() ? newClient.isPageComplete() && payment.isPageComplete()
				: existingClient.isPageComplete() && coverage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		RequestProcess process = new RequestProcess(database);
		if (kind.isNewClient()) {
			NewClient intake = newClient.intake();
			String id = intake.customer().id();
			var contract = payment.contractTerms(id);
			var charge = payment.chargeTerms(id);
			return finish(payment, "The request was not recorded", () -> {
				recorded = process.takeNewClient(intake, contract, charge, null);
				return recorded.label() + " received from new client " + intake.customer().name()
						+ (contract != null ? ", under a new contract" : ", charged once");
			});
		}
		String customer = existingClient.chosenCustomer().id();
		String site = existingClient.siteName();
		String summary = existingClient.summary();
		boolean renew = coverage.renewing();
		var charge = coverage.chargeTerms(customer);
		return finish(coverage, "The request was not completed", () -> existing(process, customer, site, summary,
				renew, charge));
	}

	private String existing(RequestProcess process, String customer, String site, String summary, boolean renew,
			org.restripe.workflow.Charges.Terms charge) throws StoreException {
		LocalDate today = LocalDate.now();
		if (taken == null) { // a second Finish after a refused renewal or charge must not take the request twice
			taken = process.takeExistingClient(customer, site, summary, today, null);
		}
		recorded = taken.request();
		if (taken.covered()) {
			return recorded.label() + " received, covered by contract " + taken.contract().get().id();
		}
		if (renew) {
			ServiceContract renewed = new Contracts(database).renew(taken.contract().get().id(), null, null);
			recorded = process.cover(recorded, renewed.id(), today, null);
			return recorded.label() + " received, covered by renewed contract " + renewed.id();
		}
		recorded = process.chargeOnce(recorded, charge, null);
		return recorded.label() + " received, charged once (charge " + recorded.chargeId() + ")";
	}

	/** The request Finish recorded, or null. */
	public Request recordedRequest() {
		return recorded;
	}

	public ClientKindPage kindPage() {
		return kind;
	}

	public NewClientPage newClientPage() {
		return newClient;
	}

	public PaymentPage paymentPage() {
		return payment;
	}

	public ExistingClientPage existingClientPage() {
		return existingClient;
	}

	public CoveragePage coveragePage() {
		return coverage;
	}
}
