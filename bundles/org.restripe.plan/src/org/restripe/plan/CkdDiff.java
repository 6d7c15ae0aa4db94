package org.restripe.plan;

import static org.restripe.drivers.api.Operation.*;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.restripe.model.ChangeKind;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.Port;
import org.restripe.model.StorageUnit;

/**
 * The CKD devices of one storage unit, by stable id. A device that grows to a larger model of its family
 * (3390-3 to 3390-9) on the same volume is expanded in place and keeps its data; any other change (a
 * shrink, 3380 to 3390, another volume or number) removes it and makes it again, behind the backup
 * confirmation. Before a device is changed or removed the operators of every mainframe host that reaches
 * the unit vary it offline, and after the change they vary it back online: persons' steps.
 */
final class CkdDiff {
	private final StorageUnit current;
	private final StorageUnit desired;
	private final Lane lane;
	private final Set<String> destroyedVolumes;

	CkdDiff(StorageUnit current, StorageUnit desired, Lane lane, Set<String> destroyedVolumes) {
		this.current = current;
		this.desired = desired;
		this.lane = lane;
		this.destroyedVolumes = destroyedVolumes;
	}

	void diff() {
		IdPairing<CkdDevice> pairing = new IdPairing<>(current.getCkdDevices(), desired.getCkdDevices());
		for (int i = 0; i < current.getCkdDevices().size(); i++) {
			CkdDevice cc = current.getCkdDevices().get(i);
			CkdDevice dc = pairing.desiredFor(i);
			boolean volumeGoes = destroyedVolumes.contains(Values.id(cc.getVolume()));
			if (dc != null && !volumeGoes && UnitDiff.ckd(cc).equals(UnitDiff.ckd(dc))) {
				continue;
			}
			vary(VARY_CKD_OFFLINE, cc, current, "before it is changed");
			if (dc != null && !volumeGoes && expandsInPlace(cc, dc)) {
				lane.add(EXPAND_CKD_DEVICE, dc.getId(), dc.getName(), UnitDiff.ckd(cc), UnitDiff.ckd(dc),
						ChangeKind.CKD_TYPE_CHANGE, "expand CKD device " + dc.getDeviceNumber() + " from "
								+ cc.getDeviceType().getLiteral() + " to " + dc.getDeviceType().getLiteral() + " (keeps its data)");
			} else {
				lane.add(REMOVE_CKD_DEVICE, cc.getId(), cc.getName(), UnitDiff.ckd(cc), Map.of(), ChangeKind.CKD_TYPE_CHANGE,
						"remove CKD device " + cc.getDeviceNumber() + " (" + cc.getDeviceType().getLiteral() + ")");
				if (dc == null) {
					continue;
				}
				add(dc);
			}
			vary(VARY_CKD_ONLINE, dc, desired, "now that it is changed");
		}
		for (CkdDevice dc : pairing.added()) {
			add(dc);
		}
	}

	/** Same number, volume and name, same family, more cylinders: the array grows the device in place. */
	static boolean expandsInPlace(CkdDevice cc, CkdDevice dc) {
		return Objects.equals(cc.getDeviceNumber(), dc.getDeviceNumber())
				&& Values.id(cc.getVolume()).equals(Values.id(dc.getVolume())) && Objects.equals(cc.getName(), dc.getName())
				&& family(cc).equals(family(dc)) && dc.getCylinders() > cc.getCylinders();
	}

	private static String family(CkdDevice device) {
		return device.getDeviceType().getLiteral().substring(0, 4);
	}

	private void add(CkdDevice dc) {
		lane.add(ADD_CKD_DEVICE, dc.getId(), dc.getName(), Map.of(), UnitDiff.ckd(dc), ChangeKind.CKD_TYPE_CHANGE,
				"add CKD device " + dc.getDeviceNumber() + " (" + dc.getDeviceType().getLiteral() + ")");
	}

	/** The operators' step on the hosts that reach {@code unit}'s devices; none when no mainframe reaches it. */
	private void vary(org.restripe.drivers.api.Operation op, CkdDevice device, StorageUnit unit, String why) {
		String hosts = String.join(",", mainframeHosts(unit));
		if (hosts.isEmpty()) {
			return;
		}
		Map<String, String> values = new TreeMap<>();
		values.put("deviceNumber", Values.nz(device.getDeviceNumber()));
		values.put("deviceType", device.getDeviceType().getLiteral());
		values.put("hosts", hosts);
		boolean offline = op == VARY_CKD_OFFLINE;
		lane.add(op, device.getId(), device.getName(), offline ? values : Map.of(), offline ? Map.of() : values,
				ChangeKind.CKD_TYPE_CHANGE, "operators vary CKD device " + device.getDeviceNumber() + (offline ? " offline"
						: " online") + " on " + hosts.replace(",", ", ") + " " + why);
	}

	/** The mainframe hosts cabled to the unit through an ESCON or FICON channel, by name. */
	static Set<String> mainframeHosts(StorageUnit unit) {
		Set<String> hosts = new TreeSet<>();
		for (Port port : unit.getPorts()) {
			boolean channel = port.getKind() == ChannelKind.FICON || port.getKind() == ChannelKind.ESCON;
			if (channel && port.getHost() != null && port.getHost().isMainframe()) {
				hosts.add(Values.name(port.getHost()));
			}
		}
		return hosts;
	}
}
