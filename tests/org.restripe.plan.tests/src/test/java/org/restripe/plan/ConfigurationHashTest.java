package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.Lun;
import org.restripe.model.Site;

/**
 * A kit binds itself to the SHA-256 of the sorted configuration lines, so kits written before must still match:
 * the lines made kind by kind are the lines of the whole site in one sorted order, and the hash made a kind at a
 * time is that of those lines.
 */
class ConfigurationHashTest {
	private final Site site = Sites.demo();

	@Test
	void theLinesMadeKindByKindAreTheSitesLinesInOneSortedOrder() {
		List<String> lines = StorageConfiguration.of(site).lines();
		List<String> allSorted = new ArrayList<>();
		StorageConfiguration.units(site).forEach(u -> allSorted.addAll(StorageConfiguration.linesOf(u)));
		allSorted.sort(null);

		assertEquals(allSorted, lines);
		assertEquals(List.of("cache", "disk", "lun", "map", "port", "tray", "unit", "volume"),
				lines.stream().map(l -> l.substring(0, l.indexOf('|'))).distinct().toList());
	}

	@Test
	void theHashMadeAKindAtATimeIsTheHashOfAllTheLinesSorted() throws Exception {
		List<String> allSorted = new ArrayList<>();
		StorageConfiguration.units(site).forEach(u -> allSorted.addAll(StorageConfiguration.linesOf(u)));
		allSorted.sort(null);
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		allSorted.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
		String expected = HexFormat.of().formatHex(digest.digest());

		assertEquals(expected, StorageConfiguration.sha256Of(site));
		assertEquals(expected, StorageConfiguration.of(site).sha256());
		Site changed = Sites.copy(site);
		Sites.find(changed, "t3a-lun0", Lun.class).setSize(Sites.find(changed, "t3a-lun0", Lun.class).getSize() / 2);
		assertNotEquals(expected, StorageConfiguration.sha256Of(changed));
	}
}
