package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.ServiceLevel;
import org.restripe.store.StaleRowException;
import org.restripe.store.StoreException;

class ContractsTest extends DeskFixture {
	private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
	private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

	private ServiceContract option1() throws StoreException {
		return contracts.create(new Contracts.Terms(null, "acme", ServiceLevel.OPTION1, JAN_1, DEC_31, null), "ana");
	}

	@Test
	void aNewContractIsValidInsideItsPeriodAndNamesItsTerms() throws StoreException {
		ServiceContract k = option1();
		assertEquals("acme-2026-01-01", k.id());
		assertEquals(1, k.reconfigurationsAllowed(), "Option 1: one reconfiguration a period");
		assertTrue(contracts.validity(k.id(), LocalDate.of(2026, 6, 1)).valid());
		assertEquals("contract acme-2026-01-01 is valid on 2026-06-01",
				contracts.validity(k.id(), LocalDate.of(2026, 6, 1)).toString());
	}

	@Test
	void validityNamesEveryReasonItIsNot() throws Exception {
		ServiceContract k = option1();
		k = contracts.recordPayment(k, PaymentState.OVERDUE, LocalDate.of(2026, 2, 1), "finance");
		try (var c = database.connect()) {
			Contracts.useReconfiguration(c, k.id(), "ana");
		}
		Validity v = contracts.validity(k.id(), LocalDate.of(2027, 1, 5));
		assertFalse(v.valid());
		assertEquals(List.of("the period ended on 2026-12-31", "payment is overdue (it was due on 2026-02-01)",
				"no reconfigurations left: 1 of 1 used in this period"), v.reasons());
		assertEquals("the period starts on 2026-01-01", contracts.validity(k.id(), LocalDate.of(2025, 12, 31)).reasons().get(0));
	}

	@Test
	void aDuePaymentFallsOverdueAfterItsDate() throws StoreException {
		ServiceContract k = contracts.create(new Contracts.Terms("k2", "acme", ServiceLevel.OPTION2, JAN_1, DEC_31, 4), "ana");
		contracts.recordPayment(k, PaymentState.DUE, LocalDate.of(2026, 3, 31), "finance");
		assertTrue(contracts.validity("k2", LocalDate.of(2026, 3, 31)).valid());
		assertEquals(List.of("payment was due on 2026-03-31 and has not been received"),
				contracts.validity("k2", LocalDate.of(2026, 4, 1)).reasons());
	}

	@Test
	void aRenewalStartsTheDayAfterAndCountsFromZero() throws Exception {
		ServiceContract k = option1();
		try (var c = database.connect()) {
			Contracts.useReconfiguration(c, k.id(), "ana");
		}
		ServiceContract renewed = contracts.renew(k.id(), null, "ana");
		assertEquals("acme-2027-01-01", renewed.id());
		assertEquals(LocalDate.of(2027, 12, 31), renewed.end());
		assertEquals(0, renewed.reconfigurationsUsed());
		assertEquals(k.id(), renewed.renews());
		assertEquals(PaymentState.DUE, renewed.paymentState());
		assertTrue(contracts.validity(renewed.id(), LocalDate.of(2027, 1, 10)).valid());
		assertEquals(renewed.id(), contracts.current("acme", LocalDate.of(2027, 3, 1)).orElseThrow().id());
		assertEquals(k.id(), contracts.current("acme", LocalDate.of(2026, 3, 1)).orElseThrow().id());
	}

	@Test
	void twoFinanceClerksRecordingThePaymentAtOnce() throws StoreException {
		ServiceContract seen = option1();
		contracts.recordPayment(seen, PaymentState.DUE, LocalDate.of(2026, 1, 31), "eve");
		StaleRowException e = assertThrows(StaleRowException.class,
				() -> contracts.recordPayment(seen, PaymentState.PAID, null, "max"));
		assertTrue(e.getMessage().startsWith("Contract acme-2026-01-01 was changed by eve at "), e.getMessage());
		assertEquals(PaymentState.DUE, contracts.find(seen.id()).orElseThrow().paymentState());
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedAndNothingIsWritten() throws Exception {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> contracts.create(
				new Contracts.Terms(null, "acme", ServiceLevel.OPTION1, DEC_31, JAN_1, null), "ana"));
		assertEquals("the period's end (2026-01-01) is before its start (2026-12-31)", e.getMessage());
		assertEquals(0, count("CONTRACT"));
	}

	@Test
	void missingFieldsUnknownCustomersAndImpossibleDatesAreNamed() throws Exception {
		assertEquals("the service level is missing (Option 1, 2 or 3)", assertThrows(IllegalArgumentException.class,
				() -> contracts.create(new Contracts.Terms(null, "acme", null, JAN_1, DEC_31, null), "ana")).getMessage());
		assertEquals("the period's start is missing", assertThrows(IllegalArgumentException.class,
				() -> contracts.create(new Contracts.Terms(null, "acme", ServiceLevel.OPTION2, null, DEC_31, null), "ana"))
				.getMessage());
		assertEquals("the customer 'initech' is not known to the desk; add the customer first",
				assertThrows(IllegalArgumentException.class, () -> contracts.create(
						new Contracts.Terms(null, "initech", ServiceLevel.OPTION2, JAN_1, DEC_31, null), "ana")).getMessage());
		assertEquals("the period's end '2026-02-30' is not a date (YYYY-MM-DD, a day that exists)",
				assertThrows(IllegalArgumentException.class, () -> Checks.parseDate("2026-02-30", "the period's end"))
						.getMessage());
		assertEquals(0, count("CONTRACT"));
	}

	@Test
	void theReviewReadsTheStoredContract() throws Exception {
		ServiceContract k = option1();
		assertEquals(new org.restripe.review.Contract(ServiceLevel.OPTION1, 0), k.forReview());
		try (var c = database.connect()) {
			Contracts.useReconfiguration(c, k.id(), "ana");
		}
		assertEquals(new org.restripe.review.Contract(ServiceLevel.OPTION1, 1), contracts.find(k.id()).orElseThrow().forReview());
		ServiceContract twoAYear = contracts.create(new Contracts.Terms("two", "acme", ServiceLevel.OPTION1, JAN_1, DEC_31, 2), "ana");
		try (var c = database.connect()) {
			Contracts.useReconfiguration(c, twoAYear.id(), "ana");
		}
		assertEquals(0, contracts.find("two").orElseThrow().forReview().reconfigurationsUsed(),
				"one of two left: the review must not refuse it");
	}
}
