package org.restripe.connect.modem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.restripe.connect.modem.ModemResult.Code;

/**
 * Whatever bytes a modem line delivers (noise, half codes, endless lines), the reader keeps its promises:
 * it does not throw, the lines it finds do not depend on how the stream was split, it loses no byte, its
 * unfinished line stays bounded, and a clean result code after a line end is always recognised. A normal
 * test run replays the inputs under src/test/resources/.../ModemResultReaderFuzzTestInputs; fuzz with
 * {@code JAZZER_FUZZ=1} (see the module's README).
 */
class ModemResultReaderFuzzTest {
	private static final byte[] BUSY = "\r\nBUSY\r\n".getBytes(StandardCharsets.US_ASCII);

	@FuzzTest(maxDuration = "3m")
	void readerKeepsItsPromises(FuzzedDataProvider data) {
		boolean numeric = data.consumeBoolean();
		int chunk = data.consumeInt(1, 97);
		byte[] stream = data.consumeRemainingAsBytes();

		Reading whole = read(stream, stream.length == 0 ? 1 : stream.length, numeric);
		Reading split = read(stream, chunk, numeric);
		assertEquals(whole.lines, split.lines, "the lines depend on how the stream was split");
		assertEquals(whole.partial, split.partial);
		assertArrayEquals(stream, split.allBytes, "bytes were lost or invented");
		assertTrue(split.partial.length() < ModemResultReader.MAX_LINE, "the unfinished line grows without bound");

		ModemResultReader reader = new ModemResultReader();
		reader.acceptNumericCodes(numeric);
		reader.feed(stream);
		reader.feed(BUSY);
		ModemResultReader.Line last = null;
		for (var line = reader.next(); line.isPresent(); line = reader.next()) {
			last = line.get();
		}
		assertTrue(last != null && last.isResult() && last.result().code() == Code.BUSY,
				"BUSY after a line end was not recognised: " + last);
	}

	/** What one reading of the stream found, fed in chunks of {@code chunk} bytes. */
	private record Reading(List<String> lines, String partial, byte[] allBytes) {
	}

	private static Reading read(byte[] stream, int chunk, boolean numeric) {
		ModemResultReader reader = new ModemResultReader();
		reader.acceptNumericCodes(numeric);
		List<String> lines = new ArrayList<>();
		ByteArrayOutputStream consumed = new ByteArrayOutputStream();
		for (int i = 0; i < stream.length; i += chunk) {
			reader.feed(stream, i, Math.min(chunk, stream.length - i));
			for (var line = reader.next(); line.isPresent(); line = reader.next()) {
				lines.add(describe(line.get()));
			}
			consumed.writeBytes(reader.takeConsumed());
		}
		String partial = reader.partial();
		consumed.writeBytes(reader.takeRemainder());
		return new Reading(lines, partial, consumed.toByteArray());
	}

	private static String describe(ModemResultReader.Line line) {
		if (!line.isResult()) {
			return line.text();
		}
		// speed() reads digits out of the text: it must cope with whatever a CONNECT line carries
		return line.result().code() + " " + line.result().speed() + " " + line.text();
	}
}
