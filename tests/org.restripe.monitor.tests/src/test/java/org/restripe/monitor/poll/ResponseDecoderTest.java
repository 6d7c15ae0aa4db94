package org.restripe.monitor.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The fuzz test's seed inputs, BER as an agent sends it, decoded to what an engineer would check. */
class ResponseDecoderTest {
	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	@Test
	void aVolumeRowWithCountersNearTheWrapAndARowCutShort() throws IOException {
		ResponseDecoder.Decoded d = ResponseDecoder.decode("t", SnmpTable.VOLUMES, ber("volume-rows"), 100, NOW);
		assertNull(d.problem());
		assertEquals(2, d.rows().size());
		Reading v0 = d.rows().get(0);
		assertTrue(v0.isGood(), v0.problem());
		assertEquals("v0", v0.value("volume").text());
		assertEquals("18446744073709551611", v0.value("requests").toString(), "Counter64 read unsigned");
		Reading cut = d.rows().get(1);
		assertFalse(cut.isGood());
		assertTrue(cut.problem().startsWith("array is Integer32, not TEXT; volume is endOfMibView, not TEXT"), cut.problem());
	}

	@Test
	void aCounterWhereHrStorageHasAnIntegerMarksTheRowBad() throws IOException {
		ResponseDecoder.Decoded d = ResponseDecoder.decode("t", SnmpTable.STORAGE, ber("storage-row-wrong-type"), 100, NOW);
		Reading root = d.rows().get(0);
		assertEquals("36", root.rowIndex());
		assertEquals("used is Counter32, not INTEGER", root.problem());
		assertEquals(66053021, root.value("size").number());
	}

	@Test
	void aReportIsARefusalInWords() throws IOException {
		ResponseDecoder.Decoded d = ResponseDecoder.decode("t", SnmpTable.DISKS, ber("report"), 100, NOW);
		assertEquals("wrong v3 authentication passphrase", d.problem());
		assertTrue(d.rows().isEmpty());
	}

	@Test
	void bytesThatAreNoPduAreAProblem() {
		ResponseDecoder.Decoded d = ResponseDecoder.decode("t", SnmpTable.DISKS, new byte[] { 0x30, 0x7f, 1 }, 100, NOW);
		assertTrue(d.problem().startsWith("not a PDU"), d.problem());
	}

	/** A seed without its last byte, which picks the table for the fuzz test. */
	private static byte[] ber(String name) throws IOException {
		try (InputStream in = ResponseDecoderTest.class
				.getResourceAsStream("ResponseDecoderFuzzTestInputs/anyBytesBecomeRowsOrAProblem/" + name)) {
			byte[] all = in.readAllBytes();
			return Arrays.copyOf(all, all.length - 1);
		}
	}
}
