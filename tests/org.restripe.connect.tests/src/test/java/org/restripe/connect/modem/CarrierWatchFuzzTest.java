package org.restripe.connect.modem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever the site sends and however the reads split it, a lost carrier is found (or not) as in the
 * whole stream, and the data handed out before it ends at the NO CARRIER line, never past its words.
 */
class CarrierWatchFuzzTest {

	@FuzzTest(maxDuration = "2m")
	void carrierLossIsFoundWhereverTheReadsSplit(FuzzedDataProvider data) {
		int chunk = data.consumeInt(1, 31);
		byte[] stream = data.consumeRemainingAsBytes();
		int whole = new CarrierWatch().watch(stream);
		int delivered = deliveredBefore(stream, chunk);
		assertEquals(whole >= 0, delivered >= 0, "found in the whole stream and in pieces alike");
		if (whole >= 0) {
			String text = new String(stream, StandardCharsets.ISO_8859_1);
			assertTrue(text.startsWith(CarrierWatch.NO_CARRIER, whole), "the cut is at the words");
			assertTrue(whole == 0 || "\r\n".indexOf(text.charAt(whole - 1)) >= 0, "the words start a line");
			assertTrue(delivered >= whole && delivered <= whole + CarrierWatch.NO_CARRIER.length(),
					"delivered " + delivered + " bytes for a cut at " + whole);
		}
	}

	/** How many bytes a reader gets before the watch reports the loss; -1 if it never does. */
	private static int deliveredBefore(byte[] stream, int chunk) {
		CarrierWatch watch = new CarrierWatch();
		for (int i = 0; i < stream.length; i += chunk) {
			int before = watch.watch(Arrays.copyOfRange(stream, i, Math.min(stream.length, i + chunk)));
			if (before >= 0) {
				return i + before;
			}
		}
		return -1;
	}
}
