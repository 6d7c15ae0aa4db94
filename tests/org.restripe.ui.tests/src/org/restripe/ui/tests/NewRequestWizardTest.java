package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.restripe.model.ServiceLevel;
import org.restripe.ui.wizards.ChargeFields;
import org.restripe.ui.wizards.ContractFields;
import org.restripe.ui.wizards.CoveragePage;
import org.restripe.ui.wizards.ExistingClientPage;
import org.restripe.ui.wizards.NewClientPage;
import org.restripe.ui.wizards.NewRequestWizard;
import org.restripe.ui.wizards.PaymentPage;
import org.restripe.workflow.Charges;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Equipment;
import org.restripe.workflow.OneTimeCharge;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProcess;
import org.restripe.workflow.RequestState;
import org.restripe.workflow.ServiceContract;

/**
 * File > New Request... typed in as an engineer does, for a new client (intake, then a contract) and for an
 * existing one whose contract has run out (then a one-time charge): what lands in the database, and the
 * messages a wrong period or a card number get on the page.
 */
class NewRequestWizardTest {

	@Test
	void aNewClientsRequestIsTakenInWithItsSiteEquipmentAndANewContract() throws Exception {
		DeskFixture.serveRegion();
		String tag = DeskFixture.unique("storage");
		String name = "Northwind " + tag;
		String site = DeskFixture.unique("northwind-site");
		NewRequestWizard wizard = new NewRequestWizard(DeskFixture.database(), DeskFixture.choices());
		WizardDialog dialog = DeskFixture.open(wizard);
		try {
			Shell shell = dialog.getShell();
			RealInput.click(wizard.kindPage().newClientButton());
			assertTrue(wizard.kindPage().isNewClient());
			ShellBot.press(shell, "Next >");
			NewClientPage intake = wizard.newClientPage();
			assertEquals("Customer name: type the new client's name", intake.getErrorMessage());
			RealInput.type(intake.nameField(), name);
			assertEquals("northwind-" + tag, intake.idField().getText(), "the id is made from the name");
			RealInput.type(intake.regionField(), DeskFixture.REGION);
			RealInput.type(intake.siteField(), site);
			RealInput.type(intake.locationField(), "Rotterdam");
			assertEquals("Services asked for: say which services the client takes", intake.getErrorMessage());
			RealInput.type(intake.servicesField(), "Option 2 remote reconfiguration");
			RealInput.click(intake.needs(Equipment.DIALBACK_MODEM));
			RealInput.type(intake.detailField(Equipment.DIALBACK_MODEM), "V.34 with dial security");
			assertFalse(wizard.canFinish(), "nothing asked yet");
			RealInput.type(intake.summaryField(), "Grow lun0 by 20 GB");
			assertNull(intake.getErrorMessage());
			ShellBot.press(shell, "Next >");

			PaymentPage payment = wizard.paymentPage();
			ContractFields contract = payment.contract();
			assertEquals("Service level: choose Option 1, 2 or 3", payment.getErrorMessage());
			ShellBot.choose(contract.levelField(), "Option 2");
			RealInput.type(contract.startField(), "2026-12-31");
			RealInput.type(contract.endField(), "2026-01-01");
			assertEquals("Period end: 2026-01-01 is before the period's start 2026-12-31", payment.getErrorMessage());
			assertFalse(wizard.canFinish(), "Finish waits for a valid period");
			RealInput.type(contract.startField(), "2026-01-01");
			RealInput.type(contract.endField(), "2026-12-31");
			assertNull(payment.getErrorMessage());
			ShellBot.shot(shell, "new-request-wizard.png");
			ShellBot.press(shell, "Finish");
			assertTrue(shell.isDisposed(), "the wizard closed on Finish: " + payment.getErrorMessage());
		} finally {
			DeskFixture.close(dialog);
		}
		Request request = wizard.recordedRequest();
		assertNotNull(request);
		Request stored = new RequestDesk(DeskFixture.database()).find(request.id()).orElseThrow();
		assertEquals(RequestState.RECEIVED, stored.state());
		assertEquals(site, stored.siteName());
		assertEquals("Grow lun0 by 20 GB", stored.summary());
		assertEquals(DeskFixture.CENTER, stored.center(), "routed by the site's location");
		ServiceContract contract = new Contracts(DeskFixture.database()).find(stored.contractId()).orElseThrow();
		assertEquals(ServiceLevel.OPTION2, contract.level());
		assertEquals(LocalDate.of(2026, 12, 31), contract.end());
		assertEquals(List.of("dialback modem (V.34 with dial security)"),
				new RequestProcess(DeskFixture.database()).equipment(request.id()));
		assertEquals(name, new RequestDesk(DeskFixture.database()).customer(stored.customerId()).orElseThrow().name());
	}

	@Test
	void anExistingClientWhoseContractEndedIsChargedOnceAndACardNumberIsRefusedOnThePage() throws Exception {
		String id = DeskFixture.unique("fabrikam");
		String site = id + "-site";
		DeskFixture.customerWithSite(id, site);
		DeskFixture.contract(id, ServiceLevel.OPTION1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		NewRequestWizard wizard = new NewRequestWizard(DeskFixture.database(), DeskFixture.choices());
		WizardDialog dialog = DeskFixture.open(wizard);
		try {
			Shell shell = dialog.getShell();
			assertFalse(wizard.kindPage().isNewClient(), "an existing client is proposed when the desk has customers");
			ShellBot.press(shell, "Next >");
			ExistingClientPage client = wizard.existingClientPage();
			ShellBot.choose(client.customerField(), "Customer " + id + " (" + id + ")");
			assertEquals(site, client.siteField().getText(), "the customer's only site is proposed");
			RealInput.type(client.summaryField(), "Assign a hot spare on t3b");
			ShellBot.press(shell, "Next >");

			CoveragePage coverage = wizard.coveragePage();
			try (ShellBot bot = new ShellBot()) {
				bot.dispatchUntil(coverage::checked, 60, "the contract is checked");
			}
			assertTrue(coverage.checkText().contains("not valid: the period ended on 2025-12-31"), coverage.checkText());
			RealInput.click(coverage.chargeButton());
			ChargeFields charge = coverage.charge();
			RealInput.type(charge.priceField(), "1250");
			RealInput.type(charge.referenceField(), "4111 1111 1111 1111");
			assertEquals("Payment reference: the payment reference looks like a card number (PAN); store the payment"
					+ " provider's reference for the payment instead, never the card number", coverage.getErrorMessage());
			assertFalse(wizard.canFinish(), "a card number is never stored");
			RealInput.type(charge.referenceField(), "PSP-2026-88812");
			assertNull(coverage.getErrorMessage());
			ShellBot.press(shell, "Finish");
			assertTrue(shell.isDisposed(), "the wizard closed on Finish: " + coverage.getErrorMessage());
		} finally {
			DeskFixture.close(dialog);
		}
		Request stored = new RequestDesk(DeskFixture.database()).find(wizard.recordedRequest().id()).orElseThrow();
		assertEquals(id, stored.customerId());
		assertNull(stored.contractId(), "the ended contract does not cover it");
		assertEquals(DeskFixture.CENTER, stored.center());
		OneTimeCharge charged = new Charges(DeskFixture.database()).find(stored.chargeId()).orElseThrow();
		assertEquals(new BigDecimal("1250.00"), charged.price());
		assertEquals("EUR", charged.currency());
		assertEquals("PSP-2026-88812", charged.paymentReference());
	}
}
