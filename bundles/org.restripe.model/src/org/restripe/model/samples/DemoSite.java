package org.restripe.model.samples;

import static org.restripe.model.samples.SiteBuilder.disk;
import static org.restripe.model.samples.SiteBuilder.disks;
import static org.restripe.model.samples.SiteBuilder.place;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.restripe.model.Host;
import org.restripe.model.Lan;
import org.restripe.model.Lun;
import org.restripe.model.ManagementHost;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;

/**
 * The seed's example site: a database subsystem of one host with three T3+ arrays, a web subsystem of
 * two hosts with one array each (a T3 and a 6120), a production and a storage management LAN, the
 * management host with a console line to every array, and the dialback modem. Each host has the WWNs of
 * its HBAs, so the 6120's LUN masking grants webserver2's. Shipped as
 * demo-site.restripe next to this class and buildable from code; the two are kept equal by a test.
 */
public final class DemoSite {

	/** Name of the shipped XMI file, a resource of this package. */
	public static final String RESOURCE = "demo-site.restripe";

	private static final long GB = 1_000_000_000L;

	private DemoSite() {
	}

	public static Site create() {
		DeviceCatalog catalog = DeviceCatalog.standard();
		Site site = SiteBuilder.site("demo", "Acme Freight main data center", "Acme Freight Ltd.");
		Lan prod = place(SiteBuilder.lan(site, "lan-prod", "Production LAN", "10.1.1.0/24"), 40, 20, 1040, 30);
		Lan mgmt = place(SiteBuilder.lan(site, "lan-mgmt", "Storage management LAN", "10.1.9.0/24"), 40, 430, 1040, 30);
		Host db = place(SiteBuilder.host(site, "host-db", "dbserver", "Solaris 8", prod, mgmt), 40, 80, 140, 60);
		Host web1 = place(SiteBuilder.host(site, "host-web1", "webserver1", "Solaris 9", prod), 680, 80, 140, 60);
		Host web2 = place(SiteBuilder.host(site, "host-web2", "webserver2", "Solaris 9", prod), 880, 80, 140, 60);
		// invented QLogic-style world wide port names (OUI 00e08b), one HBA per cable to the arrays
		db.getHbaWwns().addAll(List.of("210000e08b0a1b01", "210000e08b0a1b02", "210000e08b0a1b03"));
		web1.getHbaWwns().add("210000e08b0a1b11");
		web2.getHbaWwns().addAll(List.of("210000e08b0a1b21", "210000e08b0a1b22"));

		Subsystem database = place(SiteBuilder.subsystem(site, "ss-db", "Database subsystem", db), 20, 180, 620, 220);
		for (char c = 'a'; c <= 'c'; c++) {
			StorageUnit t3 = factoryT3(database, catalog.get("T3+"), "t3" + c, 36_400_000_000L, 11 + c - 'a');
			place(t3, 40 + (c - 'a') * 200, 220, 190, 120); // each text line whole: "Volume v0 RAID5 254.8 GB"
			attach(t3, db, c - 'a');
		}

		Subsystem web = place(SiteBuilder.subsystem(site, "ss-web", "Web subsystem", web1, web2), 660, 180, 420, 220);
		StorageUnit t3d = place(factoryT3(web, catalog.get("T3"), "t3d", 18_200_000_000L, 14), 680, 220, 190, 120);
		attach(t3d, web1, 0);
		place(sliced6120(web, catalog.get("6120"), web2), 880, 220, 190, 170);

		ManagementHost host = place(SiteBuilder.managementHost(site, "mgmt", "storemgr", "10.1.9.2", mgmt), 40, 490, 140, 60);
		int tty = 0;
		for (Subsystem subsystem : site.getSubsystems()) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				SiteBuilder.console(host, "/dev/ttyS" + tty++, unit);
			}
		}
		place(SiteBuilder.modem(site, "modem", "dialback", "+1 555 0100", "+1 555 0199"), 240, 490, 120, 60);
		return site;
	}

	/** The factory layout of a T3: one RAID 5 volume u1d1-8 with u1d9 as hot spare, one LUN. */
	private static StorageUnit factoryT3(Subsystem subsystem, ArrayModel model, String name, long diskSize,
			int addressByte) {
		StorageUnit unit = SiteBuilder.storageUnit(subsystem, model, name, name, 1, diskSize);
		unit.setFirmware("T3".equals(model.id()) ? "T3 Release 1.18.00" : "T3B Release 2.01.00 2002/03/22 18:35:03");
		unit.setAddress("10.1.9." + addressByte);
		Volume v0 = SiteBuilder.volume(unit, "v0", RaidLevel.RAID5, disks(unit, 1, 1, 8), disk(unit, 1, 9));
		SiteBuilder.lun(unit, "lun0", v0, v0.getCapacity());
		return unit;
	}

	/** Cables the T3's only host port to the host and maps its LUN there. */
	private static void attach(StorageUnit t3, Host host, int lunNumber) {
		t3.getPorts().get(0).setHost(host);
		SiteBuilder.map(t3, t3.getLuns().get(0), host, lunNumber);
	}

	/** A 6120 with slicing on: a RAID 5 volume cut in two LUNs and a RAID 1 volume sharing one hot spare. */
	private static StorageUnit sliced6120(Subsystem subsystem, ArrayModel model, Host host) {
		StorageUnit unit = SiteBuilder.storageUnit(subsystem, model, "se6120", "se6120", 1, 73_400_000_000L);
		unit.setFirmware("6120 Release 3.1.0");
		unit.setAddress("10.1.9.20");
		unit.setVolumeSlicing(true);
		Volume v0 = SiteBuilder.volume(unit, "v0", RaidLevel.RAID5, disks(unit, 1, 1, 7), disk(unit, 1, 14));
		Volume v1 = SiteBuilder.volume(unit, "v1", RaidLevel.RAID1, disks(unit, 1, 8, 13), disk(unit, 1, 14));
		Lun a = SiteBuilder.lun(unit, "lun0", v0, 200 * GB);
		Lun b = SiteBuilder.lun(unit, "lun1", v0, 240 * GB);
		Lun c = SiteBuilder.lun(unit, "lun2", v1, v1.getCapacity());
		SiteBuilder.map(unit, a, host, 0);
		SiteBuilder.map(unit, b, host, 1);
		SiteBuilder.map(unit, c, host, 2);
		unit.getPorts().forEach(p -> p.setHost(host));
		return unit;
	}

	/** Loads the shipped demo-site.restripe (copied to a temp file, since it may sit inside a jar). */
	public static Site loadShipped() throws IOException, SiteFileException {
		Path temp = Files.createTempFile("demo-site", ".restripe");
		try (InputStream in = DemoSite.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException("The bundle lacks " + RESOURCE);
			}
			Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			return SiteFiles.load(temp);
		} finally {
			Files.delete(temp);
		}
	}
}
