package org.restripe.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.restripe.model.CacheSettings;
import org.restripe.model.Disk;
import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;

/**
 * The rows of an element's sheet that are not its own plain attributes: a volume's hot standby and data
 * disks picked from the array's disks, the hosts a LUN is mapped to, a host's HBA WWNs typed as a list, and
 * an array's cache settings (a contained element the diagram does not draw) listed with the array.
 */
final class DesignRows {
	static final String CACHE_CATEGORY = "Cache settings";

	/** A cache setting of the array, shown in the array's own sheet. */
	private record CacheRow(Object feature) {
		@Override
		public String toString() {
			return "cache " + feature;
		}
	}

	private final EObject object;
	private final boolean editable;

	DesignRows(EObject object, boolean editable) {
		this.object = object;
		this.editable = editable;
	}

	/** Whether the reference is edited here rather than shown as a plain connection. */
	static boolean handles(EObject object, EReference reference) {
		return object instanceof Volume
				&& (reference == Literals.VOLUME__STANDBY || reference == Literals.VOLUME__DATA_DISKS);
	}

	boolean owns(Object id) {
		return id instanceof CacheRow || id == LunHosts.ID || id == HostWwns.ID
				|| object instanceof Volume && (id == Literals.VOLUME__STANDBY || id == Literals.VOLUME__DATA_DISKS);
	}

	IPropertyDescriptor descriptor(EReference reference) {
		Volume volume = (Volume) object;
		String field = EObjectPropertySource.displayName(reference.getName());
		VolumeDisks disks = new VolumeDisks(volume);
		PropertyDescriptor d;
		if (!editable) {
			d = new PropertyDescriptor(reference, field);
		} else if (reference == Literals.VOLUME__STANDBY) {
			String[] labels = disks.standbyChoices().stream().map(DesignRows::diskLabel).toArray(String[]::new);
			d = new ComboBoxPropertyDescriptor(reference, field, labels);
			d.setLabelProvider(indexLabels(labels));
			d.setDescription(field + ": the disk that takes over a failed data disk; offered: " + String.join(", ", labels));
		} else {
			d = new PropertyDescriptor(reference, field) {
				@Override
				public CellEditor createPropertyEditor(Composite parent) {
					CellEditor editor = new DiskPickerCellEditor(parent, volume);
					editor.setValidator(getValidator());
					return editor;
				}
			};
			d.setValidator(value -> disks.problem(field, (String) value));
			List<Disk> free = disks.free();
			d.setDescription(field + ": pick them with the button; free: "
					+ (free.isEmpty() ? "none" : VolumeDisks.names(free)));
		}
		d.setCategory("Configuration");
		return d;
	}

	private static String diskLabel(Disk disk) {
		return disk == null ? "none" : disk.getName();
	}

	private static ILabelProvider indexLabels(String[] labels) {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Integer i && i >= 0 && i < labels.length ? labels[i] : String.valueOf(element);
			}
		};
	}

	/** Rows with ids of their own: the LUN's hosts, the array's cache settings. */
	List<IPropertyDescriptor> extraDescriptors() {
		List<IPropertyDescriptor> rows = new ArrayList<>();
		if (object instanceof Lun lun && lun.eContainer() instanceof StorageUnit) {
			rows.add(hostsDescriptor(new LunHosts(lun)));
		}
		if (object instanceof Host) {
			rows.add(wwnsDescriptor());
		}
		CacheSettings cache = object instanceof StorageUnit unit ? unit.getCache() : null;
		if (cache != null) {
			for (IPropertyDescriptor d : new EObjectPropertySource(cache, editable).getPropertyDescriptors()) {
				boolean identity = d.getId() == Literals.IDENTIFIED__ID || d.getId() == Literals.IDENTIFIED__NAME;
				if (!identity && "Configuration".equals(d.getCategory())) {
					rows.add(new Renamed(d, new CacheRow(d.getId())));
				}
			}
		}
		return rows;
	}

	private IPropertyDescriptor hostsDescriptor(LunHosts hosts) {
		String field = "Mapped to hosts";
		PropertyDescriptor d = editable ? new TextPropertyDescriptor(LunHosts.ID, field)
				: new PropertyDescriptor(LunHosts.ID, field);
		d.setValidator(value -> hosts.problem(field, (String) value));
		d.setDescription(field + ": host names, comma separated; each gets the lowest free LUN number");
		d.setCategory("Configuration");
		return d;
	}

	private IPropertyDescriptor wwnsDescriptor() {
		PropertyDescriptor d = editable ? new TextPropertyDescriptor(HostWwns.ID, HostWwns.FIELD)
				: new PropertyDescriptor(HostWwns.ID, HostWwns.FIELD);
		d.setValidator(value -> HostWwns.problem((String) value));
		d.setDescription(HostWwns.FIELD + ": the world wide port names of the host's HBAs, comma separated;"
				+ " the arrays' LUN masking grants these");
		d.setCategory("Configuration");
		return d;
	}

	Object value(Object id) {
		if (id == HostWwns.ID) {
			return new HostWwns((Host) object).typed();
		}
		if (id instanceof CacheRow row) {
			return cacheSource().getPropertyValue(row.feature());
		}
		if (id == LunHosts.ID) {
			LunHosts hosts = new LunHosts((Lun) object);
			return editable ? hosts.typed() : hosts.shown();
		}
		Volume volume = (Volume) object;
		if (id == Literals.VOLUME__STANDBY) {
			return editable ? new VolumeDisks(volume).standbyChoices().indexOf(volume.getStandby())
					: diskLabel(volume.getStandby());
		}
		return VolumeDisks.names(volume.getDataDisks());
	}

	void set(Object id, Object value) {
		if (id == HostWwns.ID) {
			new HostWwns((Host) object).set((String) value);
		} else if (id instanceof CacheRow row) {
			cacheSource().setPropertyValue(row.feature(), value);
		} else if (id == LunHosts.ID) {
			LunHosts hosts = new LunHosts((Lun) object);
			String problem = hosts.problem("Mapped to hosts", (String) value);
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
			hosts.set((String) value);
		} else if (id == Literals.VOLUME__STANDBY) {
			VolumeDisks disks = new VolumeDisks((Volume) object);
			disks.setStandby(disks.standbyChoices().get((Integer) value));
		} else {
			VolumeDisks disks = new VolumeDisks((Volume) object);
			String problem = disks.problem("Data disks", (String) value);
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
			disks.setDataDisks((String) value);
		}
	}

	private EObjectPropertySource cacheSource() {
		return new EObjectPropertySource(((StorageUnit) object).getCache(), editable);
	}

	/** Another element's descriptor under an id and category of this sheet; its cell editor and validator kept. */
	private record Renamed(IPropertyDescriptor inner, Object id) implements IPropertyDescriptor {
		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			return inner.createPropertyEditor(parent);
		}

		@Override
		public String getCategory() {
			return CACHE_CATEGORY;
		}

		@Override
		public String getDescription() {
			return inner.getDescription();
		}

		@Override
		public String getDisplayName() {
			return inner.getDisplayName();
		}

		@Override
		public String[] getFilterFlags() {
			return inner.getFilterFlags();
		}

		@Override
		public Object getHelpContextIds() {
			return inner.getHelpContextIds();
		}

		@Override
		public Object getId() {
			return id;
		}

		@Override
		public ILabelProvider getLabelProvider() {
			return inner.getLabelProvider();
		}

		@Override
		public boolean isCompatibleWith(IPropertyDescriptor other) {
			return other instanceof Renamed r && Objects.equals(r.id, id);
		}
	}
}
