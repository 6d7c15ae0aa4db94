package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.junit.jupiter.api.Test;
import org.restripe.model.DiagramElement;
import org.restripe.model.Host;
import org.restripe.model.Lan;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.samples.SiteBuilder;
import org.restripe.ui.diagram.commands.AutoLayout;
import org.restripe.ui.diagram.commands.NodeSizes;

/**
 * The automatic layout's arithmetic with sizes given by the test (no figures): two rows of hosts stay clear of
 * the subsystems, arrays of different heights sit in a grid of rows and columns with even gaps inside their
 * subsystem, and every node gets at least the size its text asks for.
 */
class AutoLayoutTest {
	/** Width from the name's length, height from the number of lines an array lists. */
	private static final NodeSizes SIZES = new NodeSizes() {
		@Override
		public int[] preferred(DiagramElement node) {
			int width = Math.max(110, Math.min(240, 30 + 8 * node.getName().length()));
			int height = node instanceof StorageUnit unit ? 40 + 18 * (unit.getVolumes().size() + 1) : 42;
			return new int[] { width, height };
		}

		@Override
		public int heightAt(DiagramElement node, int width) {
			return node instanceof Subsystem || node instanceof Lan ? 26 : preferred(node)[1];
		}
	};

	@Test
	void twoRowsOfHostsStayClearOfTheSubsystemsAndArraysFormAGrid() {
		Site site = site();
		AutoLayout.arrange(site, SIZES);
		List<DiagramElement> top = new ArrayList<>(site.getLans());
		top.addAll(site.getHosts());
		top.addAll(site.getSubsystems());
		top.add(site.getManagementHost());
		assertNoOverlap(top);
		Host first = site.getHosts().get(0);
		Host last = site.getHosts().get(site.getHosts().size() - 1);
		assertTrue(last.getY() > first.getY(), "the hosts take two rows");
		for (Host host : site.getHosts()) {
			assertEquals(SIZES.preferred(longestNamed(site.getHosts()))[0], host.getWidth(), "hosts share the widest host's width");
			assertTrue(host.getY() == first.getY() || host.getY() == last.getY(), "every host in one of the two rows");
		}
		Subsystem big = site.getSubsystems().get(0);
		assertTrue(big.getY() >= last.getY() + last.getHeight() + 20, "the subsystems start below the last row of hosts");
		List<StorageUnit> units = big.getStorageUnits();
		assertEquals(units.get(0).getY(), units.get(3).getY(), "four arrays to a row");
		assertEquals(units.get(0).getX(), units.get(4).getX(), "the fifth starts the next row, in the first column");
		assertEquals(SIZES.preferred(units.get(2))[1], units.get(0).getHeight(), "a row is as tall as its tallest array");
		assertNoOverlap(new ArrayList<>(units));
		for (StorageUnit unit : units) {
			assertTrue(bounds(big).contains(bounds(unit)), unit.getName() + " inside its subsystem");
			assertTrue(unit.getWidth() >= SIZES.preferred(unit)[0] && unit.getHeight() >= SIZES.preferred(unit)[1],
					unit.getName() + " has the room its text asks for");
		}
		int gap = units.get(1).getX() - units.get(0).getX() - units.get(0).getWidth();
		assertEquals(units.get(0).getX() - big.getX(), gap, "the gap between arrays equals the subsystem's margin");
		assertEquals(site.getSubsystems().get(1).getHeight(), big.getHeight(), "subsystems of a row share one height");
		Lan lan = site.getLans().get(0);
		assertTrue(lan.getX() + lan.getWidth() >= big.getX() + big.getWidth(), "the LAN spans the subsystems");
	}

	private static Site site() {
		DeviceCatalog catalog = DeviceCatalog.standard();
		Site site = SiteBuilder.site("s", "Layout site", "Customer");
		Lan lan = SiteBuilder.lan(site, "lan", "Production LAN", "10.0.0.0/24");
		List<Host> hosts = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			hosts.add(SiteBuilder.host(site, "h" + i, (i == 5 ? "reporting-server-" : "host-") + i, "Solaris 9", lan));
		}
		Subsystem big = SiteBuilder.subsystem(site, "big", "Database subsystem", hosts.get(0));
		for (int i = 0; i < 6; i++) {
			StorageUnit unit = SiteBuilder.storageUnit(big, catalog.get("6120"), "u" + i, "array-" + i, 1, 73_400_000_000L);
			int volumes = i == 2 ? 3 : 1;
			for (int v = 0; v < volumes; v++) {
				SiteBuilder.volume(unit, "v" + v, org.restripe.model.RaidLevel.RAID5,
						SiteBuilder.disks(unit, 1, 1 + 4 * v, 3 + 4 * v), null);
			}
		}
		Subsystem small = SiteBuilder.subsystem(site, "small", "Web subsystem", hosts.get(1));
		SiteBuilder.storageUnit(small, catalog.get("T3"), "t", "t3", 1, 18_200_000_000L);
		SiteBuilder.managementHost(site, "m", "storemgr", "10.0.0.2", lan);
		return site;
	}

	private static Host longestNamed(List<Host> hosts) {
		return hosts.stream().max((a, b) -> Integer.compare(a.getName().length(), b.getName().length())).orElseThrow();
	}

	private static Rectangle bounds(DiagramElement node) {
		return new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight());
	}

	private static void assertNoOverlap(List<DiagramElement> nodes) {
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(bounds(nodes.get(i)).intersects(bounds(nodes.get(j))),
						nodes.get(i).getName() + " " + bounds(nodes.get(i)) + " overlaps " + nodes.get(j).getName() + " "
								+ bounds(nodes.get(j)));
			}
		}
	}
}
