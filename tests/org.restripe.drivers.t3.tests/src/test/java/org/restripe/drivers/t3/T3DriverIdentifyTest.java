package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.ArrayRelease;
import org.restripe.drivers.api.DriverRegistry;

class T3DriverIdentifyTest {
	private final T3Driver driver = new T3Driver();

	@Test
	void readsTheT3PlusReleaseLine() {
		ArrayRelease r = driver.identify("T3B Release 2.01.00 2002/03/22 18:35:03 (10.1.1.20)\n").orElseThrow();
		assertEquals("T3B", r.model());
		assertEquals("2.01.00", r.firmware());
	}

	@Test
	void readsThe6120ReleaseLineWithItsCtimeDate() {
		ArrayRelease r = driver.identify("t3a:/:<3>ver\n6120 Release 3.1.0 Fri Dec 19 12:21:05 PST 2003 (10.0.0.2)\n")
				.orElseThrow();
		assertEquals("6120", r.model());
		assertEquals("3.1.0", r.firmware());
	}

	@Test
	void doesNotClaimAnotherFamilysBanner() {
		assertTrue(driver.identify("Welcome to the EMC Symmetrix\n").isEmpty());
		assertTrue(driver.identify("").isEmpty());
	}

	@Test
	void isFoundThroughTheServiceLoaderOutsideOsgi() {
		DriverRegistry registry = DriverRegistry.fromServiceLoader(getClass().getClassLoader());
		assertEquals("Sun StorEdge T3",
				registry.driverFor("T3B Release 2.01.00 2002/03/22 18:35:03 (10.1.1.20)").orElseThrow().family());
	}
}
