package org.restripe.connect.modem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The modem's NO CARRIER in the data stream, however the reads split it. */
class CarrierWatchTest {

	@Test
	void aNoCarrierLineEndsTheConnectionAfterTheDataBeforeIt() {
		CarrierWatch watch = new CarrierWatch();
		assertEquals(-1, watch.watch(bytes("storemgr> ports\r\n")));
		assertEquals(8, watch.watch(bytes("PORT\r\n\r\nNO CARRIER\r\n")));
		assertTrue(watch.lost());
	}

	@Test
	void splitAcrossReadsItIsFoundInTheReadThatCompletesIt() {
		CarrierWatch watch = new CarrierWatch();
		assertEquals(-1, watch.watch(bytes("t3a:/:<5>\r\nNO CAR")));
		assertEquals(-1, watch.watch(bytes("RIER")));
		assertEquals(0, watch.watch(bytes("\r\n")));
	}

	@Test
	void atTheVeryStartOfTheConnectionItCountsToo() {
		assertEquals(0, new CarrierWatch().watch(bytes("NO CARRIER\r\n")));
	}

	@Test
	void wordsInsideALineAreData() {
		CarrierWatch watch = new CarrierWatch();
		assertEquals(-1, watch.watch(bytes("u1l1: NO CARRIER on loop\r\n")));
		assertEquals(-1, watch.watch(bytes("\r\nNO CARRIERS\r\n")));
		assertEquals(-1, watch.watch(bytes("\r\nNO CARRIER")));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
