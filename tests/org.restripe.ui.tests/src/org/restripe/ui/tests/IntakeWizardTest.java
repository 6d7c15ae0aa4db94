package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.wizards.IntakePage;
import org.restripe.ui.wizards.IntakeWizard;
import org.restripe.workflow.Customer;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestState;

/** File > New Request... as an engineer fills it in: the request lands in the workbench's database. */
class IntakeWizardTest {

	@Test
	void aNewCustomersRequestIsRecordedAndIncompleteInputIsExplained() throws Exception {
		IntakeWizard wizard = IntakeWizard.onWorkbench();
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			IntakePage page = wizard.intakePage();
			assertFalse(wizard.canFinish(), "nothing entered yet");
			page.customerField().setText("Northwind Storage");
			assertEquals("A new customer needs a region: it decides the regional center", page.getErrorMessage());
			page.regionField().setText("EMEA");
			assertEquals("demo-site", page.siteField().getText(), "the only site is chosen for the engineer");
			assertEquals("Describe what the customer asks for", page.getErrorMessage());
			page.summaryField().setText("Add a hot spare to t3b and grow lun0 by 20 GB");
			assertTrue(wizard.canFinish(), String.valueOf(page.getErrorMessage()));
			UiTestSupport.flush(dialog.getShell().getDisplay());
			UiTestSupport.screenshot(dialog.getShell(), "intake-wizard.png");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		Request request = wizard.openedRequest();
		assertNotNull(request);
		RequestDesk desk = new RequestDesk(RestripeUi.database());
		assertEquals(RequestState.RECEIVED, desk.find(request.id()).orElseThrow().state());
		assertEquals("demo-site", request.siteName());
		assertTrue(desk.customers().contains(new Customer("northwind-storage", "Northwind Storage", "EMEA")));
	}
}
