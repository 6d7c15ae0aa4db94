package org.restripe.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdType;
import org.restripe.model.RaidLevel;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;

class CatalogTest {

	private final DeviceCatalog catalog = DeviceCatalog.standard();

	@Test
	void t3FamilyLimitsComeFromTheData() {
		ArrayModel t3 = catalog.get("T3");
		assertEquals(9, t3.disksPerTray());
		assertEquals(9, t3.hotSpareSlot());
		assertEquals(2, t3.volumesPerTray());
		assertFalse(t3.slicing());
		assertTrue(catalog.get("T3+").slicing());
		assertEquals(java.util.Set.of(BlockSize.K16, BlockSize.K32, BlockSize.K64), t3.blockSizes());
		assertTrue(t3.cacheModes().contains(CacheMode.WRITEBEHIND));
		assertEquals(3, t3.raid().get(RaidLevel.RAID5).minDisks());
	}

	@Test
	void diskNamesFollowTheArray() {
		assertEquals("u2d9", catalog.get("T3+").diskName(2, 9));
		assertEquals("u1d01", catalog.get("6120").diskName(1, 1));
		assertEquals("u1d14", catalog.get("6120").diskName(1, 14));
		assertEquals(14, catalog.get("6120").disksPerTray());
	}

	@Test
	void mainframeFamilyHasCkdTypesAndChannels() {
		ArrayModel ess = catalog.models().stream().filter(ArrayModel::mainframe).findFirst().orElseThrow();
		assertTrue(ess.ckdTypes().contains(CkdType.D3390_9));
		assertTrue(ess.channels().contains(ChannelKind.ESCON));
		assertTrue(ess.channels().contains(ChannelKind.FICON));
	}

	@Test
	void unknownModelNamesTheKnownOnes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.get("A1000"));
		assertTrue(e.getMessage().contains("T3+"), e.getMessage());
	}

	@Test
	void brokenCatalogIsReportedWithItsSource() {
		String xml = "<catalog><array id='X' name='X' vendor='V' maxTrays='two'/></catalog>";
		IOException e = assertThrows(IOException.class, () -> DeviceCatalog
				.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "custom.xml"));
		assertTrue(e.getMessage().startsWith("custom.xml"), e.getMessage());
	}
}
