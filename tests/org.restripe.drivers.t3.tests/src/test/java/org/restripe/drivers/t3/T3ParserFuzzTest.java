package org.restripe.drivers.t3;

import java.util.List;
import java.util.Map;

import org.restripe.drivers.api.DiscoveryException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The T3 output parsers handed any text in place of one command's output: discovery answers with a unit or
 * a {@link DiscoveryException} naming the problem, never another exception; identifying a release and
 * cutting a console capture never fail. A plain test run replays the inputs under
 * src/test/resources/org/restripe/drivers/t3/T3ParserFuzzTestInputs (each one once made a parser throw);
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class T3ParserFuzzTest {
	private static final List<String> ARRAYS = List.of("t3b", "t3pair", "6120");
	private final T3Driver driver = new T3Driver();

	@FuzzTest(maxDuration = "2m")
	void discoveryOfAnyOutputAnswersWithAUnitOrAClearError(FuzzedDataProvider data) {
		String array = data.pickValue(ARRAYS);
		Map<String, String> outputs = Fixtures.outputs(array);
		String command = data.pickValue(List.copyOf(outputs.keySet()));
		outputs.put(command, data.consumeRemainingAsString());
		try {
			driver.discover("fz", outputs);
		} catch (DiscoveryException clear) {
			if (clear.getMessage() == null || clear.getMessage().isBlank()) {
				throw new AssertionError("a discovery error without a message", clear);
			}
		}
	}

	@FuzzTest(maxDuration = "1m")
	void anyCaptureIsCutAndAnyBannerIdentifiedOrNot(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		T3Driver.outputsOfSession(text);
		driver.identify(text);
		driver.followUpDiscoveryCommands(Map.of("sys list", text));
	}
}
