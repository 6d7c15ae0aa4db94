package org.restripe.ui.diagram.parts;

import java.util.ArrayList;
import java.util.List;

import org.restripe.model.CkdDevice;
import org.restripe.model.DiagramElement;
import org.restripe.model.DialbackModem;
import org.restripe.model.Host;
import org.restripe.model.Identified;
import org.restripe.model.Lan;
import org.restripe.model.Lun;
import org.restripe.model.ManagementHost;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.ui.diagram.figures.NodeFigure;
import org.restripe.ui.diagram.figures.NodeFigure.Contents;
import org.restripe.ui.diagram.figures.Palette;

/**
 * What each element's figure says and looks like, in one place, so the parts draw it and
 * {@link FigureSizes} measures it the same way.
 */
public final class NodeTexts {
	private static final long GB = 1_000_000_000L;
	/** Leads a summary line that opens on double-click, and one that folds again. */
	public static final String FOLDED = "\u25b8 ";
	public static final String OPEN = "\u25be ";

	private NodeTexts() {
	}

	/** An empty figure of the element's kind: its fill and whether it holds a list or placed nodes. */
	public static NodeFigure figureFor(DiagramElement node) {
		if (node instanceof Subsystem) {
			return new NodeFigure(Palette.SUBSYSTEM, Contents.FREE);
		}
		if (node instanceof StorageUnit) {
			return new NodeFigure(Palette.STORAGE_UNIT, Contents.LIST);
		}
		return new NodeFigure(node instanceof Lan ? Palette.LAN
				: node instanceof ManagementHost ? Palette.MANAGEMENT_HOST
						: node instanceof DialbackModem ? Palette.MODEM : Palette.HOST, Contents.NONE);
	}

	public static String title(DiagramElement node) {
		return node.getName();
	}

	/** The second line: a host's operating system, the management host's address, the modem's number. */
	public static String subtitle(DiagramElement node) {
		if (node instanceof Host host) {
			String os = host.getOperatingSystem() == null ? "" : host.getOperatingSystem();
			return os + (host.isMainframe() ? " (mainframe)" : "");
		}
		if (node instanceof StorageUnit unit) {
			return unit.getCatalogModel() + ", " + gb(unit.getUsableCapacity());
		}
		if (node instanceof ManagementHost manager) {
			return manager.getAddress();
		}
		return node instanceof DialbackModem modem ? modem.getNumber() : null;
	}

	/** A storage unit's contents in the array's own order: trays, then volumes, then LUNs, then CKD devices. */
	public static List<Object> items(StorageUnit unit) {
		List<Object> items = new ArrayList<>(unit.getTrays());
		items.addAll(unit.getVolumes());
		items.addAll(unit.getLuns());
		items.addAll(unit.getCkdDevices());
		return items;
	}

	/** In the engineer's words: "Volume v0 RAID5 254.8 GB", "LUN lun0 254.8 GB", "Tray u1 9 disks". */
	public static String itemText(Identified item) {
		if (item instanceof Volume v) {
			return "Volume " + v.getName() + " " + v.getRaidLevel().getName().toUpperCase() + " " + gb(v.getCapacity());
		}
		if (item instanceof Lun l) {
			return "LUN " + l.getName() + " " + gb(l.getSize());
		}
		if (item instanceof CkdDevice c) {
			return "CKD " + c.getDeviceNumber() + " " + (c.getDeviceType() == null ? "" : c.getDeviceType().getLiteral());
		}
		if (item instanceof Tray t) {
			return "Tray " + t.getName() + " " + org.restripe.ui.Words.count(t.getDisks().size(), "disk");
		}
		return item.getName();
	}

	/** A line of a storage unit's list as drawn: an element's text or a summary's. */
	public static String lineText(Object line, Folding folding) {
		if (line instanceof LunSummary s) {
			return summaryText(s, (StorageUnit) s.volume().eContainer(), folding.isFolded(s.volume()));
		}
		if (line instanceof ArraySummary s) {
			return summaryText(s, folding.isFolded(s.unit()));
		}
		return itemText((Identified) line);
	}

	/** A volume's LUNs as one line: "▸ v0: 16 LUNs, 1.2 TB" folded, "▾ ..." open with the LUNs below it. */
	public static String summaryText(LunSummary summary, StorageUnit unit, boolean folded) {
		List<Lun> luns = Folding.lunsOf(unit, summary.volume());
		long total = luns.stream().mapToLong(Lun::getSize).sum();
		return (folded ? FOLDED : OPEN) + summary.volume().getName() + ": "
				+ org.restripe.ui.Words.count(luns.size(), "LUN") + ", " + size(total);
	}

	/** A folded array's contents as one line: "▸ 2 trays, 4 volumes, 64 LUNs" (open: "▾ ...", its list below). */
	public static String summaryText(ArraySummary summary, boolean folded) {
		StorageUnit unit = summary.unit();
		List<String> parts = new ArrayList<>();
		parts.add(org.restripe.ui.Words.count(unit.getTrays().size(), "tray"));
		parts.add(org.restripe.ui.Words.count(unit.getVolumes().size(), "volume"));
		parts.add(org.restripe.ui.Words.count(unit.getLuns().size(), "LUN"));
		if (!unit.getCkdDevices().isEmpty()) {
			parts.add(org.restripe.ui.Words.count(unit.getCkdDevices().size(), "CKD device"));
		}
		return (folded ? FOLDED : OPEN) + String.join(", ", parts);
	}

	/** GB below a terabyte, TB above, as the engineer reads a summary. */
	static String size(long bytes) {
		return bytes >= 1000 * GB ? String.format("%.1f TB", bytes / (1000.0 * GB)) : gb(bytes);
	}

	private static String gb(long bytes) {
		return String.format("%.1f GB", bytes / (double) GB);
	}
}
