package org.restripe.ui.diagram.palette;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.ui.diagram.commands.LinkKind;

/** The palette: the site's nodes, one storage unit entry per catalog model, the array's contents, the cables. */
public final class SitePalette {
	private SitePalette() {
	}

	public static PaletteRoot create() {
		PaletteRoot root = readOnly();
		PaletteDrawer site = new PaletteDrawer("Site");
		site.add(node("Subsystem", "A group of storage units serving a set of hosts", Literals.SUBSYSTEM));
		site.add(node("Host", "A server using the storage", Literals.HOST));
		site.add(node("LAN", "An Ethernet network of the site", Literals.LAN));
		site.add(node("Management host", "The storage management host the engineer dials into", Literals.MANAGEMENT_HOST));
		site.add(node("Modem", "The site's dialback modem", Literals.DIALBACK_MODEM));
		root.add(site);
		PaletteDrawer storage = new PaletteDrawer("Storage");
		for (ArrayModel model : DeviceCatalog.standard().models()) {
			ElementFactory factory = new ElementFactory(Literals.STORAGE_UNIT, model.id());
			storage.add(new CombinedTemplateCreationEntry(model.id(), model.name() + ": drop into a subsystem",
					factory, factory, null, null));
		}
		storage.add(node("Tray", "A tray full of disks: drop onto a storage unit", Literals.TRAY));
		storage.add(node("Disk", "A disk into a tray's free slot: drop onto the tray (Add Disk... on the tray chooses"
				+ " the slot and size)", Literals.DISK));
		storage.add(node("Volume", "A RAID volume on the free disks of one tray: drop onto a storage unit", Literals.VOLUME));
		storage.add(node("LUN", "A LUN of a volume: drop onto a storage unit", Literals.LUN));
		root.add(storage);
		PaletteDrawer cables = new PaletteDrawer("Connections");
		for (LinkKind kind : List.of(LinkKind.CHANNEL, LinkKind.LAN_LINK, LinkKind.CONSOLE_LINK)) {
			cables.add(new ConnectionCreationToolEntry(kind.label(), "Draw a " + kind.label().toLowerCase(),
					new LinkFactory(kind), null, null));
		}
		root.add(cables);
		return root;
	}

	/** The palette of a read-only diagram: selecting, nothing to add. */
	public static PaletteRoot readOnly() {
		PaletteRoot root = new PaletteRoot();
		PaletteGroup tools = new PaletteGroup("Tools");
		SelectionToolEntry select = new SelectionToolEntry();
		tools.add(select);
		tools.add(new MarqueeToolEntry());
		root.add(tools);
		root.setDefaultEntry(select);
		return root;
	}

	private static CombinedTemplateCreationEntry node(String label, String description, EClass type) {
		// the factory is the template too: an entry dragged onto the canvas (TemplateTransfer) creates as a click does
		ElementFactory factory = new ElementFactory(type);
		return new CombinedTemplateCreationEntry(label, description, factory, factory, null, null);
	}

	/** The connection tool's factory: the "object" is the kind of cable; the command makes the model change. */
	private record LinkFactory(LinkKind kind) implements CreationFactory {
		@Override
		public Object getNewObject() {
			return kind;
		}

		@Override
		public Object getObjectType() {
			return kind;
		}
	}
}
