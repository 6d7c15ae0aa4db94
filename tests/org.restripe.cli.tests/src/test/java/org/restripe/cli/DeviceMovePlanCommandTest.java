package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Host;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.SiteBuilder;

/**
 * An engineer types {@code restripe plan} for the demo site with t3c moved from the database subsystem to the
 * web subsystem, and with a new subsystem holding a new host and a new T3+: the kit's scripts hold the
 * unmap before the recabling, the mapping after it, and the new host's connection before its mapping.
 */
class DeviceMovePlanCommandTest {
	@TempDir
	Path dir;

	@Test
	void theKitUnmapsBeforeTheMoveAndConnectsTheNewHostBeforeMapping() throws Exception {
		Path current = dir.resolve("current.restripe");
		Path desired = dir.resolve("desired.restripe");
		SiteFiles.save(DemoSite.create(), current);
		SiteFiles.save(designed(DemoSite.create()), desired);
		Path kit = dir.resolve("move.kit");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new RestripeCli().run(new String[] { "plan", "--current", current.toString(), "--desired",
				desired.toString(), "--kit", kit.toString(), "--data", dir.resolve("data").toString(),
				"--key-password-file", password().toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8));
		Map<String, byte[]> parts = KitTampering.parts(kit);
		String t3c = new String(parts.get("scripts/t3c.txt"), StandardCharsets.UTF_8);
		int unmap = t3c.indexOf("unmap LUN lun0 from host dbserver");
		int move = t3c.indexOf("SITE VISIT: recable array t3c from subsystem ss-db to ss-web");
		int recable = t3c.indexOf("SITE VISIT: recable port u1p1 of t3c from host dbserver to webserver1");
		int map = t3c.indexOf("map LUN lun0 to host webserver1");
		assertTrue(unmap >= 0 && unmap < move && move < recable && recable < map, t3c);
		String t3e = new String(parts.get("scripts/t3e.txt"), StandardCharsets.UTF_8);
		int install = t3e.indexOf("SITE VISIT: install T3+ array t3e");
		int volume = t3e.indexOf("> vol add v0");
		int connect = t3e.indexOf("SITE VISIT: connect host newserver to t3e");
		int newMap = t3e.indexOf("map LUN lun0 to host newserver");
		assertTrue(install >= 0 && install < volume && install < connect && connect < newMap, t3e);
	}

	private Path password() throws java.io.IOException {
		Path password = Files.writeString(dir.resolve("key-password"), "center secret\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		return password;
	}

	/** The demo site as the engineer designed it on the diagram: t3c moved, a new subsystem added. */
	private static Site designed(Site site) {
		StorageUnit t3c = find(site, "t3c", StorageUnit.class);
		find(site, "ss-web", Subsystem.class).getStorageUnits().add(t3c);
		Host web1 = find(site, "host-web1", Host.class);
		t3c.getPorts().get(0).setHost(web1);
		t3c.getMappings().get(0).setHost(web1);

		Host host = SiteBuilder.host(site, "host-new", "newserver", "Solaris 9", site.getLans().get(0));
		Subsystem subsystem = SiteBuilder.subsystem(site, "ss-new", "New subsystem", host);
		StorageUnit unit = SiteBuilder.storageUnit(subsystem, DeviceCatalog.standard().get("T3+"), "t3e", "t3e", 1,
				36_400_000_000L);
		unit.setFirmware("T3B Release 2.01.00 2002/03/22 18:35:03");
		unit.setAddress("10.1.9.15");
		Volume v0 = SiteBuilder.volume(unit, "v0", RaidLevel.RAID5, SiteBuilder.disks(unit, 1, 1, 8),
				SiteBuilder.disk(unit, 1, 9));
		Lun lun = SiteBuilder.lun(unit, "lun0", v0, v0.getCapacity());
		unit.getPorts().get(0).setHost(host);
		SiteBuilder.map(unit, lun, host, 0);
		SiteBuilder.console(site.getManagementHost(), "/dev/ttyS9", unit);
		return site;
	}

	private static <T extends Identified> T find(Site site, String id, Class<T> type) {
		for (var it = site.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (type.isInstance(e) && id.equals(((Identified) e).getId())) {
				return type.cast(e);
			}
		}
		throw new IllegalArgumentException("no " + id);
	}
}
