package org.restripe.drivers.api;

/**
 * What one planned step does to one array, in the engineer's words. The planner decides the steps and
 * their order; a driver turns each into its array's command lines. The keys each operation reads from
 * {@link Step#before()} and {@link Step#after()} are listed with it. They are declared in the order an
 * array's steps run when no dependency says otherwise: hardware first, the backup confirmation before
 * anything is taken away, removals before the block size, creations after it.
 */
public enum Operation {
	/**
	 * Someone at the site installs an array. after: name, catalogModel, firmware, address, subsystem,
	 * subsystemName (for a subsystem new to the site), cache.
	 */
	ADD_STORAGE_UNIT("add storage unit", true),
	/** Someone at the site moves the array to another subsystem's cabling. before/after: subsystem, subsystemName. */
	MOVE_STORAGE_UNIT("move storage unit", true),
	/** Someone at the site adds a tray of disks. after: name, number, disks (id:name:slot:size;...). */
	ADD_TRAY("add tray", true),
	/** Someone at the site inserts a disk into a tray. after: tray, name, slot, size. */
	ADD_DISK("add disk", true),
	/** Someone at the site cables a new host port or channel. after: name, kind, address, host. */
	ADD_PORT("add port", true),
	/** Someone at the site recables a port to another host. before/after: kind, address, host. */
	RECABLE_PORT("recable port", true),
	/**
	 * Someone at the site connects a host new to the site, or joining the array's subsystem, to the array
	 * (cables its HBA, zones it) before any LUN is mapped to it. after: host, hostName, operatingSystem,
	 * subsystems (the ids of the subsystems it belongs to, comma-separated).
	 */
	ADD_HOST("connect host", true),
	/**
	 * The operators of the mainframe hosts take a CKD device offline (z/OS {@code V 0A00,OFFLINE}) before it is
	 * changed or removed, on every host that sees it. before: deviceNumber, deviceType, hosts (host names, comma
	 * separated).
	 */
	VARY_CKD_OFFLINE("vary CKD device offline", false),
	/** A point where the engineer must confirm a verified backup before data is destroyed. */
	CONFIRM_BACKUP("confirm backup", false),
	/** Hosts stop seeing a LUN. before: lun, lunName, host, hostName, lunNumber, port, wwns (if the design has any). */
	UNMAP_LUN("unmap LUN", false),
	/** A mainframe device is deleted with its data. before: as ADD_CKD_DEVICE. */
	REMOVE_CKD_DEVICE("remove CKD device", false),
	/** A volume goes offline to hosts. before: the volume definition (see ADD_VOLUME). */
	UNMOUNT_VOLUME("unmount volume", false),
	/** A LUN (volume slice) is deleted with its data. before: name, volume, volumeName, size. */
	REMOVE_LUN("remove LUN", false),
	/** A volume is deleted with its data. before: the volume definition (see ADD_VOLUME). */
	REMOVE_VOLUME("remove volume", false),
	/** Cache block size; only while no volume exists. before/after: value (16k, 32k, 64k). */
	SET_BLOCK_SIZE("set block size", false),
	/** One sys setting other than the block size. after: setting (cache, mirror, ...), value. */
	SET_SYSTEM("set system setting", false),
	/** Volume slicing switched on or off. before/after: value (on, off). */
	SET_VOLUME_SLICING("set volume slicing", false),
	/** A volume is defined. after: name, raid (0, 1, 5), data, dataNames, standby, standbyName. */
	ADD_VOLUME("add volume", false),
	/** The new volume's disks are zeroed. after: the volume definition and capacity. */
	INIT_VOLUME("initialise volume", false),
	/** A volume comes online to hosts. after: the volume definition. */
	MOUNT_VOLUME("mount volume", false),
	/** A LUN (volume slice) is created. after: name, volume, volumeName, size. */
	CREATE_LUN("create LUN", false),
	/** Hosts see a LUN. after: lun, lunName, host, hostName, lunNumber, port, wwns (if the design has any). */
	MAP_LUN("map LUN", false),
	/**
	 * A CKD device grows in place to a larger model of its family (3390-3 to 3390-9), keeping its data.
	 * before/after: as ADD_CKD_DEVICE.
	 */
	EXPAND_CKD_DEVICE("expand CKD device", false),
	/** A mainframe device is defined on a volume. after: name, deviceType, deviceNumber, volume, volumeName. */
	ADD_CKD_DEVICE("add CKD device", false),
	/** The operators bring a changed CKD device back online on its hosts. after: as VARY_CKD_OFFLINE. */
	VARY_CKD_ONLINE("vary CKD device online", false);

	private final String label;
	private final boolean hardware;

	Operation(String label, boolean hardware) {
		this.label = label;
		this.hardware = hardware;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether a person must do this step and confirm it before the script goes on: hardware, the backup
	 * confirmation, and the mainframe operators' vary commands.
	 */
	public boolean needsPerson() {
		return hardware || this == CONFIRM_BACKUP || this == VARY_CKD_OFFLINE || this == VARY_CKD_ONLINE;
	}

	/** Whether hands at the site do this step rather than the array's command line. */
	public boolean isHardware() {
		return hardware;
	}
}
