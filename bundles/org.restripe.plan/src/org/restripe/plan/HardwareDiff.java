package org.restripe.plan;

import static org.restripe.drivers.api.Operation.*;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.restripe.model.CacheSettings;
import org.restripe.model.ChangeKind;
import org.restripe.model.Disk;
import org.restripe.model.Port;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;

/**
 * The difference of one storage unit's hardware and settings: trays, disks and ports added or recabled at
 * the site, the unit moved to another subsystem, cache settings changed. What the planner cannot do
 * (hardware taken away, disks that change size, another array model or firmware) is refused with the
 * reason.
 */
final class HardwareDiff {
	private final StorageUnit current;
	private final StorageUnit desired;
	private final Lane lane;
	private final List<String> refusals;

	HardwareDiff(StorageUnit current, StorageUnit desired, Lane lane, List<String> refusals) {
		this.current = current;
		this.desired = desired;
		this.lane = lane;
		this.refusals = refusals;
	}

	void diff(String currentSubsystem, String desiredSubsystem) {
		String unit = desired.getName();
		refuseIfDiffers("array model", current.getCatalogModel(), desired.getCatalogModel());
		refuseIfDiffers("firmware", current.getFirmware(), desired.getFirmware());
		refuseIfDiffers("name", current.getName(), desired.getName());
		refuseIfDiffers("address", current.getAddress(), desired.getAddress());
		if (!currentSubsystem.equals(desiredSubsystem)) {
			lane.add(MOVE_STORAGE_UNIT, desired.getId(), unit, Map.of("subsystem", currentSubsystem),
					Map.of("subsystem", desiredSubsystem, "subsystemName", Planner.subsystemName(desired)),
					ChangeKind.DEVICE_MOVE, "move array " + unit
							+ " from subsystem " + currentSubsystem + " to " + desiredSubsystem);
		}
		trays();
		ports();
		cache();
		if (current.isVolumeSlicing() != desired.isVolumeSlicing()) {
			lane.add(SET_VOLUME_SLICING, desired.getId(), unit, Map.of("value", onOff(current.isVolumeSlicing())),
					Map.of("value", onOff(desired.isVolumeSlicing())), ChangeKind.LUN_SIZE_CHANGE,
					"switch volume slicing " + onOff(desired.isVolumeSlicing()));
		}
	}

	private void trays() {
		IdPairing<Tray> pairing = new IdPairing<>(current.getTrays(), desired.getTrays());
		pairing.removed().forEach(t -> refuse("tray " + t.getName() + " is taken away; removing hardware is not planned"));
		for (int i = 0; i < desired.getTrays().size(); i++) {
			Tray dt = desired.getTrays().get(i);
			Tray ct = pairing.currentFor(i);
			if (ct == null) {
				String first = dt.getDisks().isEmpty() ? "" : dt.getDisks().get(0).getName();
				lane.add(ADD_TRAY, dt.getId(), dt.getName(), Map.of(), Map.of("name", Values.nz(dt.getName()), "number",
						Integer.toString(dt.getNumber()), "disks", Values.disks(dt.getDisks()), "firstDisk",
						Values.nz(first)), ChangeKind.CAPACITY_ADDITION, "add tray " + dt.getName() + " with "
								+ dt.getDisks().size() + " disks");
			} else {
				refuseIfDiffers("number of tray " + dt.getName(), ct.getNumber(), dt.getNumber());
				refuseIfDiffers("name of tray " + ct.getName(), ct.getName(), dt.getName());
				disks(ct, dt);
			}
		}
	}

	private void disks(Tray ct, Tray dt) {
		IdPairing<Disk> pairing = new IdPairing<>(ct.getDisks(), dt.getDisks());
		pairing.removed().forEach(d -> refuse("disk " + d.getName() + " is taken away; removing hardware is not planned"));
		for (int i = 0; i < dt.getDisks().size(); i++) {
			Disk dd = dt.getDisks().get(i);
			Disk cd = pairing.currentFor(i);
			if (cd == null) {
				lane.add(ADD_DISK, dd.getId(), dd.getName(), Map.of(), Map.of("tray", dt.getId(), "trayName",
						Values.nz(dt.getName()), "name", Values.nz(dd.getName()), "slot", Integer.toString(dd.getSlot()),
						"size", Long.toString(dd.getSize())),
						ChangeKind.CAPACITY_ADDITION, "insert disk " + dd.getName() + " (" + UnitDiff.gigabytes(dd.getSize())
								+ ")");
			} else if (cd.getSize() != dd.getSize() || cd.getSlot() != dd.getSlot()
					|| !Objects.equals(cd.getName(), dd.getName())) {
				refuse("disk " + cd.getName() + " changes size, slot or name; replace disks in a request of their own");
			}
		}
	}

	private void ports() {
		IdPairing<Port> pairing = new IdPairing<>(current.getPorts(), desired.getPorts());
		pairing.removed().forEach(p -> refuse("port " + p.getName() + " is taken away; removing hardware is not planned"));
		for (int i = 0; i < desired.getPorts().size(); i++) {
			Port dp = desired.getPorts().get(i);
			Port cp = pairing.currentFor(i);
			if (cp == null) {
				lane.add(ADD_PORT, dp.getId(), dp.getName(), Map.of(), port(dp), ChangeKind.CHANNEL_ADDITION,
						"cable new " + dp.getKind().getLiteral() + " port " + dp.getName()
								+ (dp.getHost() == null ? " (no host cabled yet)" : " to host " + Values.name(dp.getHost())));
			} else if (!port(cp).equals(port(dp))) {
				refuseIfDiffers("name of port " + cp.getName(), cp.getName(), dp.getName());
				lane.add(RECABLE_PORT, dp.getId(), dp.getName(), port(cp), port(dp), ChangeKind.PERFORMANCE_BALANCING,
						"recable port " + dp.getName() + " from host " + Values.name(cp.getHost()) + " to "
								+ Values.name(dp.getHost()));
			}
		}
	}

	private static Map<String, String> port(Port port) {
		return Map.of("name", Values.nz(port.getName()), "kind", port.getKind().getLiteral(), "address",
				Values.nz(port.getAddress()), "host", Values.id(port.getHost()), "hostName", Values.name(port.getHost()));
	}

	private void cache() {
		CacheSettings c = current.getCache();
		CacheSettings d = desired.getCache();
		if (d == null || c == null) {
			refuse("the array's system settings (cache) are missing from the " + (d == null ? "desired" : "current")
					+ " site");
			return;
		}
		refuseIfDiffers("id of the system settings", c.getId(), d.getId());
		if (c.getBlockSize() != d.getBlockSize()) {
			lane.add(SET_BLOCK_SIZE, d.getId(), "blocksize", Map.of("value", c.getBlockSize().getLiteral()),
					Map.of("value", d.getBlockSize().getLiteral()), ChangeKind.CACHE_BLOCKING, "set block size "
							+ c.getBlockSize().getLiteral() + " -> " + d.getBlockSize().getLiteral());
		}
		setting(d, "cache", c.getCacheMode().getLiteral(), d.getCacheMode().getLiteral());
		setting(d, "mirror", c.getMirror().getLiteral(), d.getMirror().getLiteral());
		setting(d, "rd_ahead", onOff(c.isReadAhead()), onOff(d.isReadAhead()));
		setting(d, "recon_rate", c.getReconRate().getLiteral(), d.getReconRate().getLiteral());
		setting(d, "mp_support", c.getMultipath().getLiteral(), d.getMultipath().getLiteral());
	}

	private void setting(CacheSettings d, String setting, String from, String to) {
		if (!from.equals(to)) {
			lane.add(SET_SYSTEM, d.getId(), setting, Map.of("setting", setting, "value", from),
					Map.of("setting", setting, "value", to), ChangeKind.CACHE_BLOCKING, "set " + setting + " " + from
							+ " -> " + to);
		}
	}

	static String onOff(boolean on) {
		return on ? "on" : "off";
	}

	private void refuseIfDiffers(String what, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			refuse(what + " changes from " + before + " to " + after + "; Restripe plans reconfiguration only");
		}
	}

	private void refuse(String reason) {
		refusals.add(desired.getName() + ": " + reason);
	}
}
