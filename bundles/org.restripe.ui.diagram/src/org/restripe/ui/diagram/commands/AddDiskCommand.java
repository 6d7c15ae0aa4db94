package org.restripe.ui.diagram.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Disk;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;

/**
 * Capacity added one drive at a time: a disk of a size the array is qualified with, inserted into a free slot
 * of a tray, named as the array names it (u1d9). The planner makes it a site visit (insert disk).
 */
public class AddDiskCommand extends ModelCommand {
	private final Tray tray;
	private final int slot;
	private final long size;
	private Disk disk;

	public AddDiskCommand(Tray tray, int slot, long size) {
		super("Add disk " + model(tray).diskName(tray.getNumber(), slot));
		this.tray = tray;
		this.slot = slot;
		this.size = size;
	}

	/** The slots of the tray no disk sits in, by the tray's catalog model (1 to 9 on a T3). */
	public static List<Integer> freeSlots(Tray tray) {
		List<Integer> free = new ArrayList<>();
		for (int s = 1; s <= model(tray).disksPerTray(); s++) {
			int wanted = s;
			if (tray.getDisks().stream().noneMatch(d -> d.getSlot() == wanted)) {
				free.add(s);
			}
		}
		return free;
	}

	/** The drive sizes the tray's array is qualified with, in bytes. */
	public static List<Long> diskSizes(Tray tray) {
		return model(tray).diskSizes();
	}

	static ArrayModel model(Tray tray) {
		DeviceCatalog catalog = DeviceCatalog.standard();
		String id = tray.eContainer() instanceof StorageUnit unit ? unit.getCatalogModel() : null;
		return (id == null ? java.util.Optional.<ArrayModel>empty() : catalog.find(id)).orElse(catalog.get("T3+"));
	}

	@Override
	public boolean canExecute() {
		return tray.eContainer() instanceof StorageUnit && freeSlots(tray).contains(slot) && size > 0;
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return List.of(tray);
	}

	@Override
	protected void change() {
		StorageUnit unit = (StorageUnit) tray.eContainer();
		disk = RestripeFactory.eINSTANCE.createDisk();
		disk.setName(model(tray).diskName(tray.getNumber(), slot));
		disk.setId(new Ids(EcoreUtil.getRootContainer(unit)).claim(unit.getId() + "-" + disk.getName()));
		disk.setSlot(slot);
		disk.setSize(size);
		int at = 0;
		while (at < tray.getDisks().size() && tray.getDisks().get(at).getSlot() < slot) {
			at++;
		}
		tray.getDisks().add(at, disk); // in slot order, as the array lists its drives
	}

	/** The disk the command added (after execute). */
	public Disk disk() {
		return disk;
	}
}
