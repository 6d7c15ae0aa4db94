package org.restripe.model.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdType;
import org.restripe.model.RaidLevel;

/**
 * One array model of the device catalog with its limits.
 *
 * @param hotSpareSlot the slot a hot spare must occupy, 0 for any slot
 * @param volumesPerTray volumes a tray may hold while volume slicing is off
 * @param maxSlices LUN slices a storage unit may hold with slicing on, 0 if slicing is not supported
 */
public record ArrayModel(String id, String name, String vendor, int maxTrays, int disksPerTray, int diskDigits,
		int hotSpareSlot, int hotSparesPerTray, int volumesPerTray, boolean slicing, int maxSlices,
		int portsPerTray, boolean mainframe, List<Long> diskSizes, Set<BlockSize> blockSizes,
		Set<CacheMode> cacheModes, Set<ChannelKind> channels, Map<RaidLevel, RaidLimits> raid,
		Set<CkdType> ckdTypes) {

	/** The array's name for a disk: u1d1 on a T3, u1d01 on a 6120. */
	public String diskName(int tray, int slot) {
		return "u" + tray + "d" + (diskDigits == 2 && slot < 10 ? "0" : "") + slot;
	}

	/** The array's name for a host port, e.g. u1p1. */
	public String portName(int tray, int port) {
		return "u" + tray + "p" + port;
	}

	public boolean supports(RaidLevel level) {
		return raid.containsKey(level);
	}
}
