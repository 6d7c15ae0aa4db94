package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.restripe.store.StoreException;

class ChargesTest extends DeskFixture {

	private Charges.Terms terms(String price, String reference) {
		return new Charges.Terms("acme", "CKD device type change on an Option 1 contract", new BigDecimal(price), "eur",
				reference);
	}

	@Test
	void aChargeKeepsItsPriceAndPaymentReference() throws StoreException {
		OneTimeCharge charge = charges.charge(terms("1250.5", "PSP-2026-000417"), "ana");
		assertEquals(new BigDecimal("1250.50"), charge.price());
		assertEquals("EUR", charge.currency());
		assertEquals("PSP-2026-000417", charges.find(charge.id()).orElseThrow().paymentReference());
	}

	@Test
	void aCardNumberIsRefusedAsAPaymentReferenceAndNothingIsWritten() throws Exception {
		for (String pan : new String[] { "4111111111111111", "4111 1111 1111 1111", "5500-0000-0000-0004",
				"378282246310005" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> charges.charge(terms("100", pan), "ana"), pan);
			assertEquals("the payment reference looks like a card number (PAN); store the payment provider's reference"
					+ " for the payment instead, never the card number", e.getMessage());
		}
		assertEquals(0, count("ONE_TIME_CHARGE"));
		// 16 digits that fail the Luhn check are a bank reference, not a card
		assertEquals("4111111111111112", charges.charge(terms("100", "4111111111111112"), "ana").paymentReference());
	}

	@Test
	void aPriceMustBePositiveWithCentsAtMost() {
		assertEquals("the price must be more than 0: 0", assertThrows(IllegalArgumentException.class,
				() -> charges.charge(terms("0", "ref"), "ana")).getMessage());
		assertEquals("the price has more than two decimals: 10.001", assertThrows(IllegalArgumentException.class,
				() -> charges.charge(terms("10.001", "ref"), "ana")).getMessage());
		assertEquals("the price 'ten' is not a number (e.g. 1250.00)",
				assertThrows(IllegalArgumentException.class, () -> Charges.parsePrice("ten")).getMessage());
		assertEquals("the currency 'euro' is not a three-letter code (EUR, USD)", assertThrows(
				IllegalArgumentException.class, () -> Charges.currency("euro")).getMessage());
	}
}
