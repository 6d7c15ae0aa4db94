package org.restripe.model.catalog;

import org.restripe.model.RaidLevel;

/** How many data disks a volume of one RAID level may have on one array model. */
public record RaidLimits(RaidLevel level, int minDisks, int maxDisks) {

	public boolean allows(int disks) {
		return disks >= minDisks && disks <= maxDisks;
	}
}
