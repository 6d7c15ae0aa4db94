package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.drivers.api.DiscoveryException;

/**
 * Fixed inputs that once made a T3 output parser throw something other than its own clear error (a
 * NumberFormatException, an IllegalArgumentException, or memory exhausted by a disk range or tray number of
 * a billion): each is now a {@link DiscoveryException} that names the line at fault. Found reading the
 * parsers for the fuzz test ({@link T3ParserFuzzTest}), which has found no further one since.
 */
@Timeout(60)
class T3ParserRegressionTest {
	private final T3Driver driver = new T3Driver();

	private String refusal(String array, String command, String output) {
		Map<String, String> outputs = Fixtures.outputs(array);
		outputs.put(command, output);
		return assertThrows(DiscoveryException.class, () -> driver.discover("r", outputs)).getMessage();
	}

	@Test
	void aRaidLevelThatIsNoNumber() {
		String why = refusal("t3b", "vol list", "volume capacity raid data standby\nv0 254.8 GB five u1d1-8 u1d9\n");
		assertTrue(why.contains("RAID level 'five'"), why);
		why = refusal("t3b", "vol list", "v0 254.8 GB 99999999999 u1d1-8 u1d9\n");
		assertTrue(why.contains("RAID level '99999999999'"), why);
	}

	@Test
	void aCapacityThatIsNoNumber() {
		String why = refusal("t3b", "vol list", "v0 lots GB 5 u1d1-8 u1d9\n");
		assertTrue(why.contains("capacity 'lots'"), why);
	}

	@Test
	void dataDisksThatAreNoDiskRange() {
		String why = refusal("t3b", "vol list", "v0 254.8 GB 5 u1x1-8 u1d9\n");
		assertTrue(why.contains("'u1x1-8'") && why.contains("v0 254.8 GB"), why);
	}

	@Test
	void aDiskRangeOfABillionDisks() {
		String why = refusal("t3b", "vol list", "v0 254.8 GB 5 u1d1-999999999 u1d9\n");
		assertTrue(why.contains("u1d1-999999999"), why);
	}

	@Test
	void aTrayNumberBeyondAnyArray() {
		String why = refusal("t3b", "fru list", "u99999999999d1 disk drive SEAGATE ST336704FSUN A726 3CD0A1B2\n");
		assertTrue(why.contains("shows no disk drives"), why);
		why = refusal("t3b", "fru list", "u1d1 disk drive SEAGATE ST336704FSUN A726 1\nu99d1 disk drive SEAGATE ST336704FSUN A726 2\n");
		assertTrue(why.contains("u99d1") && why.contains("at most"), why);
	}

	@Test
	void sliceAndLunNumbersBeyondAnyArray() {
		String why = refusal("6120", "volslice list", "s0 0 0 99999999999999999999 100.000 GB v0\n");
		assertTrue(why.contains("volslice list line"), why);
		why = refusal("6120", "lun map list", "99999999999 0\n");
		assertTrue(why.contains("lun map list line"), why);
	}
}
