package org.restripe.drivers.ds8000;

import java.util.List;
import java.util.Map;

import org.restripe.drivers.api.DiscoveryException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The DS CLI parsers handed any text in place of one command's output: discovery answers with a unit or a
 * {@link DiscoveryException} naming the problem, never another exception; identifying a banner never fails.
 * A plain run replays the inputs under src/test/resources/org/restripe/drivers/ds8000/DsParserFuzzTestInputs;
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class DsParserFuzzTest {
	private final DsCliDriver driver = new DsCliDriver();

	@FuzzTest(maxDuration = "2m")
	void discoveryOfAnyOutputAnswersWithAUnitOrAClearError(FuzzedDataProvider data) {
		Map<String, String> outputs = Fixtures.ds8a();
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
	void anyBannerIsIdentifiedOrNot(FuzzedDataProvider data) {
		driver.identify(data.consumeRemainingAsString());
	}
}
