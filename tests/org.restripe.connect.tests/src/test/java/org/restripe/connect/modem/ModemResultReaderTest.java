package org.restripe.connect.modem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.restripe.connect.modem.ModemResult.Code;

/** What the center's modem prints, read as the dialback reads it. */
class ModemResultReaderTest {

	@Test
	void verboseCodesWithEchoOff() {
		assertEquals(List.of("OK", "CONNECT 33600", "RING", "NO CARRIER", "ERROR", "NO DIALTONE", "BUSY", "NO ANSWER"),
				results("\r\nOK\r\n\r\nCONNECT 33600\r\n\r\nRING\r\n\r\nNO CARRIER\r\n\r\nERROR\r\n"
						+ "\r\nNO DIALTONE\r\n\r\nBUSY\r\n\r\nNO ANSWER\r\n"));
	}

	@Test
	void numericCodesEndWithCarriageReturnOnly() {
		assertEquals(List.of(Code.OK, Code.CONNECT, Code.RING, Code.NO_CARRIER, Code.ERROR, Code.NO_DIALTONE, Code.BUSY,
				Code.NO_ANSWER), codes("0\r1\r2\r3\r4\r6\r7\r8\r"));
	}

	@Test
	void numericCodesAreTextOnceTheModemIsVerbose() {
		ModemResultReader reader = new ModemResultReader();
		reader.acceptNumericCodes(false);
		reader.feed(bytes("3\r\n\r\nOK\r\n"));
		ModemResultReader.Line digits = reader.next().orElseThrow();
		assertFalse(digits.isResult(), "a 3 from the site is not NO CARRIER");
		assertEquals(Code.OK, reader.next().orElseThrow().result().code());
	}

	@Test
	void echoedCommandsAreTextNotResults() {
		ModemResultReader reader = new ModemResultReader();
		reader.feed(bytes("ATZ\r\r\nOK\r\nATDT5550100\r\r\nCONNECT 33600\r\n"));
		assertEquals("ATZ", reader.next().orElseThrow().text());
		assertEquals(Code.OK, reader.next().orElseThrow().result().code());
		assertFalse(reader.next().orElseThrow().isResult(), "the echoed dial command");
		assertEquals(OptionalInt.of(33600), reader.next().orElseThrow().result().speed());
	}

	@Test
	void anyMixOfLineEnds() {
		assertEquals(List.of("OK", "BUSY", "NO CARRIER", "RING", "OK"),
				results("OK\nBUSY\rNO CARRIER\n\rRING\r\r\n\n\nOK\r\n"));
	}

	@Test
	void noiseInsideALineIsDroppedNoiseLinesAreText() {
		assertEquals(List.of("OK", "NO CARRIER"), results("\r\n\u0090O\u00ffK\r\n\u0001\u00e7\u0085\r\nNO\u0007 CARRIER\r\n"));
		assertEquals(List.of(), results("\r\nOKAY\r\nOK OK\r\nXBUSY\r\n"));
	}

	@Test
	void connectReportsItsSpeedAndProtocol() {
		ModemResult result = ModemResult.parse("CONNECT 33600/ARQ/V34/LAPM", false).orElseThrow();
		assertEquals(Code.CONNECT, result.code());
		assertEquals(OptionalInt.of(33600), result.speed());
		assertEquals(OptionalInt.empty(), ModemResult.parse("CONNECT", false).orElseThrow().speed());
		assertEquals(OptionalInt.of(2400), ModemResult.parse("10", true).orElseThrow().speed());
		assertTrue(ModemResult.parse("CONNECTED", false).isEmpty());
		assertTrue(ModemResult.parse("CONNECT FAST", false).isEmpty());
	}

	@Test
	void aPromptWithoutLineEndIsThePartialLine() {
		ModemResultReader reader = new ModemResultReader();
		reader.feed(bytes("\r\nCONNECT 33600\r\n\r\nPass"));
		assertEquals(Code.CONNECT, reader.next().orElseThrow().result().code());
		assertTrue(reader.next().isEmpty());
		reader.feed(bytes("word>"));
		assertEquals("Password>", reader.partial());
		reader.discardPartial();
		assertEquals("", reader.partial());
		reader.feed(bytes("\r\nPassword>"));
		assertTrue(reader.next().isEmpty(), "the answered prompt does not come back as a line");
		assertEquals("Password>", reader.partial());
	}

	@Test
	void theDataAfterConnectIsHandedOutRawAndNothingIsLost() {
		ModemResultReader reader = new ModemResultReader();
		byte[] stream = bytes("ATA\r\r\nCONNECT 33600\r\n\r\nstoremgr terminal server\r\n\u00ffstoremgr> ");
		reader.feed(stream);
		assertFalse(reader.next().orElseThrow().isResult());
		assertEquals(Code.CONNECT, reader.next().orElseThrow().result().code());
		byte[] consumed = reader.takeConsumed();
		byte[] remainder = reader.takeRemainder();
		assertEquals("ATA\r\r\nCONNECT 33600\r\n", new String(consumed, StandardCharsets.ISO_8859_1));
		byte[] both = new byte[consumed.length + remainder.length];
		System.arraycopy(consumed, 0, both, 0, consumed.length);
		System.arraycopy(remainder, 0, both, consumed.length, remainder.length);
		assertArrayEquals(stream, both);
	}

	@Test
	void anEndlessLineIsCutSoNoiseCannotFillMemory() {
		ModemResultReader reader = new ModemResultReader();
		reader.feed(bytes("x".repeat(ModemResultReader.MAX_LINE * 3 + 7)));
		int lines = 0;
		while (reader.next().isPresent()) {
			lines++;
		}
		assertEquals(3, lines);
		assertEquals(7, reader.partial().length());
	}

	@Test
	void splitAnywhereTheSameLinesComeOut() {
		String stream = "ATZ\r\r\nOK\r\n0\r\r\nCONNECT 9600\r\n\u0085\r\nPassword>";
		List<String> whole = lines(stream, stream.length());
		for (int chunk = 1; chunk < stream.length(); chunk++) {
			assertEquals(whole, lines(stream, chunk), "in chunks of " + chunk);
		}
	}

	private static List<String> lines(String stream, int chunk) {
		ModemResultReader reader = new ModemResultReader();
		List<String> lines = new ArrayList<>();
		byte[] all = bytes(stream);
		for (int i = 0; i < all.length; i += chunk) {
			reader.feed(all, i, Math.min(chunk, all.length - i));
			for (var line = reader.next(); line.isPresent(); line = reader.next()) {
				lines.add(line.get().text() + (line.get().isResult() ? " = " + line.get().result().code() : ""));
			}
		}
		lines.add("partial " + reader.partial());
		return lines;
	}

	private static List<String> results(String stream) {
		ModemResultReader reader = new ModemResultReader();
		reader.feed(bytes(stream));
		List<String> results = new ArrayList<>();
		for (var line = reader.next(); line.isPresent(); line = reader.next()) {
			if (line.get().isResult()) {
				results.add(line.get().result().text());
			}
		}
		return results;
	}

	private static List<Code> codes(String stream) {
		ModemResultReader reader = new ModemResultReader();
		reader.feed(bytes(stream));
		List<Code> codes = new ArrayList<>();
		for (var line = reader.next(); line.isPresent(); line = reader.next()) {
			if (line.get().isResult()) {
				codes.add(line.get().result().code());
			}
		}
		return codes;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
