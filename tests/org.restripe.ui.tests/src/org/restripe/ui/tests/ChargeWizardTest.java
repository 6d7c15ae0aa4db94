package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.restripe.ui.wizards.ChargeFields;
import org.restripe.ui.wizards.ChargePage;
import org.restripe.ui.wizards.ChargeWizard;
import org.restripe.workflow.Charges;
import org.restripe.workflow.OneTimeCharge;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;

/** Desk > One-time Charge... typed in: the price and the payment reference checked as typed; a card number refused. */
class ChargeWizardTest {

	@Test
	void theSelectedRequestIsChargedOnceAndACardNumberOrABadPriceIsExplained() throws Exception {
		String id = DeskFixture.unique("adatum");
		DeskFixture.customerWithSite(id, id + "-site");
		Request request = new RequestDesk(DeskFixture.database()).open(id, id + "-site", "Change the RAID level of v1");
		ChargeWizard wizard = new ChargeWizard(DeskFixture.database(), DeskFixture.choices(), request.id());
		WizardDialog dialog = DeskFixture.open(wizard);
		try {
			Shell shell = dialog.getShell();
			ChargePage page = wizard.chargePage();
			assertTrue(page.requestField().getText().startsWith(request.label() + ": "), page.requestField().getText());
			ChargeFields charge = page.charge();
			RealInput.type(charge.descriptionField(), "RAID level change outside Option 1");
			RealInput.type(charge.priceField(), "980.505");
			assertEquals("Price: the price has more than two decimals: 980.505", page.getErrorMessage());
			RealInput.type(charge.priceField(), "980.50");
			RealInput.type(charge.currencyField(), "euro");
			assertEquals("Currency: 'euro' is not a three-letter code (EUR, USD)", page.getErrorMessage());
			RealInput.type(charge.currencyField(), "USD");
			assertEquals("Payment reference: the payment reference is missing", page.getErrorMessage());
			RealInput.type(charge.referenceField(), "5555-5555-5555-4444");
			assertTrue(page.getErrorMessage().startsWith("Payment reference: the payment reference looks like a card number"),
					page.getErrorMessage());
			assertFalse(wizard.canFinish(), "a card number is never stored");
			RealInput.type(charge.referenceField(), "BANK-TRF-20261201-7");
			assertNull(page.getErrorMessage());
			ShellBot.shot(shell, "charge-wizard.png");
			ShellBot.press(shell, "Finish");
			assertTrue(shell.isDisposed(), "the wizard closed on Finish: " + page.getErrorMessage());
		} finally {
			DeskFixture.close(dialog);
		}
		Request stored = new RequestDesk(DeskFixture.database()).find(request.id()).orElseThrow();
		OneTimeCharge charged = new Charges(DeskFixture.database()).find(stored.chargeId()).orElseThrow();
		assertEquals(new BigDecimal("980.50"), charged.price());
		assertEquals("USD", charged.currency());
		assertEquals("BANK-TRF-20261201-7", charged.paymentReference());
		assertEquals("RAID level change outside Option 1", charged.description());
		assertEquals(id, charged.customerId());
	}
}
