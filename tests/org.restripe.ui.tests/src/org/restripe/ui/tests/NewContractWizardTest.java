package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.restripe.model.ServiceLevel;
import org.restripe.ui.wizards.ContractFields;
import org.restripe.ui.wizards.ContractPage;
import org.restripe.ui.wizards.NewContractWizard;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.PaymentState;
import org.restripe.workflow.ServiceContract;

/** Desk > New Contract... typed in: the period and the allowance checked as typed; a duplicate refused on the page. */
class NewContractWizardTest {

	@Test
	void aContractIsCreatedAsTypedAndAnImpossiblePeriodOrADuplicateIsExplained() throws Exception {
		String id = DeskFixture.unique("contoso");
		DeskFixture.customerWithSite(id, id + "-site");
		NewContractWizard wizard = new NewContractWizard(DeskFixture.database(), DeskFixture.choices());
		WizardDialog dialog = DeskFixture.open(wizard);
		try {
			Shell shell = dialog.getShell();
			ContractPage page = wizard.contractPage();
			assertEquals("Customer: choose whose contract it is", page.getErrorMessage());
			ShellBot.choose(page.customerField(), "Customer " + id + " (" + id + ")");
			ContractFields contract = page.contract();
			ShellBot.choose(contract.levelField(), "Option 3");
			RealInput.type(contract.startField(), "2027-01-01");
			RealInput.type(contract.endField(), "2026-06-30");
			assertEquals("Period end: 2026-06-30 is before the period's start 2027-01-01", page.getErrorMessage());
			assertFalse(wizard.canFinish());
			RealInput.type(contract.endField(), "2027-02-30");
			assertEquals("Period end: the period's end '2027-02-30' is not a date (YYYY-MM-DD, a day that exists)",
					page.getErrorMessage());
			RealInput.type(contract.endField(), "2027-12-31");
			RealInput.type(contract.allowedField(), "four");
			assertEquals("Reconfigurations allowed: 'four' is not a whole number (0 or more), or leave it blank",
					page.getErrorMessage());
			RealInput.type(contract.allowedField(), "4");
			assertNull(page.getErrorMessage());
			assertTrue(wizard.canFinish());
			ShellBot.shot(shell, "new-contract-wizard.png");
			ShellBot.press(shell, "Finish");
			assertTrue(shell.isDisposed(), "the wizard closed on Finish: " + page.getErrorMessage());
		} finally {
			DeskFixture.close(dialog);
		}
		ServiceContract stored = new Contracts(DeskFixture.database()).find(id + "-2027-01-01").orElseThrow();
		assertEquals(ServiceLevel.OPTION3, stored.level());
		assertEquals(LocalDate.of(2027, 12, 31), stored.end());
		assertEquals(4, stored.reconfigurationsAllowed());
		assertEquals(PaymentState.PAID, stored.paymentState());

		NewContractWizard again = new NewContractWizard(DeskFixture.database(), DeskFixture.choices());
		WizardDialog second = DeskFixture.open(again);
		try {
			ContractPage page = again.contractPage();
			ShellBot.choose(page.customerField(), "Customer " + id + " (" + id + ")");
			ShellBot.choose(page.contract().levelField(), "Option 1");
			RealInput.type(page.contract().startField(), "2027-01-01");
			RealInput.type(page.contract().endField(), "2027-12-31");
			ShellBot.press(second.getShell(), "Finish");
			assertFalse(second.getShell().isDisposed(), "the wizard stays open: nothing typed is lost");
			assertEquals("The contract was not created: there is a contract " + id + "-2027-01-01 already",
					page.getErrorMessage());
		} finally {
			DeskFixture.close(second);
		}
		assertEquals(ServiceLevel.OPTION3, new Contracts(DeskFixture.database()).find(id + "-2027-01-01").orElseThrow()
				.level(), "the first contract stands");
	}
}
