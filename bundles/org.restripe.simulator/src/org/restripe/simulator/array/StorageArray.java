package org.restripe.simulator.array;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.restripe.model.BlockSize;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeOperation;
import org.restripe.model.VolumeState;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.catalog.RaidLimits;
import org.restripe.simulator.SimulatedClock;

/**
 * One simulated array. Its state is the model's {@link StorageUnit}; every command changes that unit the
 * way the real array changes itself, and refuses what the real array refuses (block size only without
 * volumes, hot spare only in the catalog's slot, at most two volumes a tray without slicing). Long
 * operations run in {@link SimulatedClock} time and are brought up to date whenever the state is read.
 * All methods are synchronized: console sessions and the SNMP agent read and change it concurrently.
 */
public final class StorageArray {
	/** Simulated bytes a volume initialisation or reconstruction writes per simulated second. */
	public static final long DEFAULT_REBUILD_BYTES_PER_SECOND = 20_000_000L;

	private final StorageUnit unit;
	private final ArrayModel model;
	private final SimulatedClock clock;
	private final long rebuildBytesPerSecond;
	private final Map<Volume, RunningOperation> running = new LinkedHashMap<>();
	private final Map<Disk, Disk> substitutedBy = new HashMap<>();
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private final VolumeSlices slices = new VolumeSlices(this);
	private final LunPermissions permissions;

	public StorageArray(StorageUnit unit, SimulatedClock clock) {
		this(unit, clock, DEFAULT_REBUILD_BYTES_PER_SECOND);
	}

	public StorageArray(StorageUnit unit, SimulatedClock clock, long rebuildBytesPerSecond) {
		this.unit = unit;
		this.model = DeviceCatalog.standard().get(unit.getCatalogModel());
		this.clock = clock;
		this.rebuildBytesPerSecond = rebuildBytesPerSecond;
		if (unit.getCache() == null) {
			unit.setCache(RestripeFactory.eINSTANCE.createCacheSettings());
		}
		resumeInterruptedOperations();
		this.permissions = new LunPermissions(this);
	}

	/** Called after every change of state, e.g. to save the site so the change survives a restart. */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	public StorageUnit unit() {
		return unit;
	}

	public ArrayModel model() {
		return model;
	}

	public SimulatedClock clock() {
		return clock;
	}

	public String name() {
		return unit.getName();
	}

	/** Volume slicing and the LUN map (6120, T3+ firmware 2.1). */
	public VolumeSlices slices() {
		return slices;
	}

	/** The LUN masking of a sliced array ({@code lun perm}). */
	public LunPermissions permissions() {
		return permissions;
	}

	/** Whether an initialisation or reconstruction is running on the volume. */
	synchronized boolean isBusy(Volume volume) {
		refresh();
		return running.containsKey(volume);
	}

	/** Brings running operations up to simulated now; readers call this before showing state. */
	public synchronized void refresh() {
		Duration now = clock.elapsed();
		boolean moved = false;
		for (Iterator<RunningOperation> it = running.values().iterator(); it.hasNext();) {
			RunningOperation op = it.next();
			int before = op.volume.getProgress();
			if (op.update(now)) {
				it.remove();
				moved = true;
			} else {
				moved |= op.volume.getProgress() != before;
			}
		}
		if (moved) {
			// each percent is saved too, so a restarted simulator goes on from where the array was
			changed();
		}
	}

	public synchronized List<Volume> volumes() {
		refresh();
		return List.copyOf(unit.getVolumes());
	}

	public synchronized Volume volume(String name) throws ArrayCommandException {
		refresh();
		for (Volume volume : unit.getVolumes()) {
			if (volume.getName().equals(name)) {
				return volume;
			}
		}
		throw new ArrayCommandException("Error: volume " + name + " does not exist");
	}

	/** The standby disk that took over for {@code failed}, or null. */
	public synchronized Disk substituteFor(Disk failed) {
		return substitutedBy.get(failed);
	}

	/** The volume a disk belongs to as data or standby disk, or null. */
	public synchronized Volume volumeOf(Disk disk) {
		for (Volume volume : unit.getVolumes()) {
			if (volume.getDataDisks().contains(disk) || volume.getStandby() == disk) {
				return volume;
			}
		}
		return null;
	}

	/** {@code vol add NAME data DISKS raid LEVEL [standby DISK]}. */
	public synchronized Volume addVolume(String name, String dataSpec, String raid, String standbySpec)
			throws ArrayCommandException {
		refresh();
		requireNewName(name);
		RaidLevel level = raidLevel(raid);
		List<Disk> data = DiskNames.resolve(unit, dataSpec);
		Disk standby = standbySpec == null ? null : DiskNames.resolve(unit, standbySpec).get(0);
		checkVolumesPerTray(data);
		checkDisksFree(data, standby);
		checkRaidLimits(level, data);
		checkStandby(standby, data);
		Volume volume = RestripeFactory.eINSTANCE.createVolume();
		volume.setId(unit.getId() + "-" + name);
		volume.setName(name);
		volume.setRaidLevel(level);
		volume.getDataDisks().addAll(data);
		data.forEach(d -> d.setRole(DiskRole.DATA_DISK));
		if (standby != null) {
			volume.setStandby(standby);
			standby.setRole(DiskRole.STANDBY_DISK);
		}
		volume.setState(VolumeState.UNINITIALIZED);
		volume.setOperation(VolumeOperation.NONE);
		unit.getVolumes().add(volume);
		changed();
		return volume;
	}

	/** The volume {@code vol init} may start on: it exists, is not mounted and runs nothing else. */
	public synchronized Volume checkInitializable(String name) throws ArrayCommandException {
		Volume volume = volume(name);
		if (volume.getState() == VolumeState.MOUNTED) {
			throw new ArrayCommandException("Error: volume " + name + " is mounted");
		}
		requireIdle(volume);
		return volume;
	}

	/** {@code vol init NAME data}: zeroes the volume; takes simulated time proportional to its capacity. */
	public synchronized void initVolume(String name) throws ArrayCommandException {
		initVolume(name, false);
	}

	/**
	 * {@code vol init NAME data} or, {@code fast}, {@code vol init NAME fast}: the fast form does not zero
	 * the data and ends in a small part of the time ({@link #FAST_INIT_SHARE}, the simulator's own figure:
	 * no public source gives one). A restarted simulator resumes either as a data initialisation.
	 */
	public synchronized void initVolume(String name, boolean fast) throws ArrayCommandException {
		Volume volume = checkInitializable(name);
		volume.setState(VolumeState.UNINITIALIZED);
		long bytes = fast ? Math.max(1, volume.getCapacity() / FAST_INIT_SHARE) : volume.getCapacity();
		start(volume, VolumeOperation.INITIALIZING, bytes, () -> volume.setState(VolumeState.UNMOUNTED));
	}

	/** A fast vol init writes this fraction (one in so many) of what a data vol init writes. */
	public static final long FAST_INIT_SHARE = 50;

	/** A volume's running operation as {@code proc list} shows it. */
	record Work(String volume, VolumeOperation operation, int percent, Duration running) {
	}

	/** The operations running now, in the order they started. */
	synchronized List<Work> work() {
		refresh();
		Duration now = clock.elapsed();
		List<Work> work = new ArrayList<>();
		for (RunningOperation op : running.values()) {
			work.add(new Work(op.volume.getName(), op.volume.getOperation(), op.volume.getProgress(), now.minus(op.start)));
		}
		return work;
	}

	public synchronized void mountVolume(String name) throws ArrayCommandException {
		Volume volume = volume(name);
		requireIdle(volume);
		if (volume.getState() == VolumeState.MOUNTED) {
			throw new ArrayCommandException("Error: volume " + name + " is already mounted");
		}
		if (volume.getState() != VolumeState.UNMOUNTED) {
			throw new ArrayCommandException("Error: volume " + name + " is not initialized");
		}
		volume.setState(VolumeState.MOUNTED);
		changed();
	}

	public synchronized void unmountVolume(String name) throws ArrayCommandException {
		Volume volume = volume(name);
		if (volume.getState() != VolumeState.MOUNTED) {
			throw new ArrayCommandException("Error: volume " + name + " is not mounted");
		}
		volume.setState(VolumeState.UNMOUNTED);
		changed();
	}

	/**
	 * {@code vol remove NAME}: frees its disks. Without slicing the volume is its own LUN, so the LUN and
	 * its host mappings go with it; with slicing on, its slices must be removed first.
	 */
	public synchronized void removeVolume(String name) throws ArrayCommandException {
		Volume volume = volume(name);
		if (volume.getState() == VolumeState.MOUNTED) {
			throw new ArrayCommandException("Error: volume " + name + " is mounted; unmount it first");
		}
		if (unit.isVolumeSlicing() && slices.hasSlices(volume)) {
			throw new ArrayCommandException("Error: volume " + name + " has slices; remove them first");
		}
		running.remove(volume);
		volume.getDataDisks().forEach(d -> d.setRole(DiskRole.UNASSIGNED));
		if (volume.getStandby() != null && otherVolumeUsesStandby(volume)) {
			volume.setStandby(null);
		} else if (volume.getStandby() != null) {
			volume.getStandby().setRole(DiskRole.UNASSIGNED);
		}
		unit.getMappings().removeIf(m -> m.getLun() != null && m.getLun().getVolume() == volume);
		unit.getLuns().removeIf(l -> l.getVolume() == volume);
		unit.getCkdDevices().removeIf(c -> c.getVolume() == volume);
		unit.getVolumes().remove(volume);
		changed();
	}

	/** {@code sys blocksize 16k|32k|64k}: the array allows it only while no volume exists. */
	public synchronized void setBlockSize(String value) throws ArrayCommandException {
		BlockSize size = BlockSize.get(value);
		if (size == null || !model.blockSizes().contains(size)) {
			throw new ArrayCommandException("Error: invalid block size " + value);
		}
		if (!unit.getVolumes().isEmpty()) {
			throw new ArrayCommandException("Error: block size can only be changed when no volumes exist");
		}
		unit.getCache().setBlockSize(size);
		changed();
	}

	/** The other {@code sys} settings: cache, mirror, mp_support, rd_ahead, recon_rate. */
	public synchronized void setSystemSetting(String setting, String value) throws ArrayCommandException {
		SystemSettings.apply(unit.getCache(), setting, value);
		changed();
	}

	/**
	 * A disk fails (fault injection): its volume degrades and, if the volume has a ready standby, the
	 * array reconstructs onto it in simulated time, as a T3 substitutes its hot spare. A disk that has
	 * failed already (e.g. in a site reloaded from its state directory) stays as it is.
	 */
	public synchronized void failDisk(String diskName) throws ArrayCommandException {
		refresh();
		Disk disk = DiskNames.resolve(unit, diskName).get(0);
		if (disk.getStatus() == FruStatus.FAULT) {
			return;
		}
		disk.setStatus(FruStatus.FAULT);
		Volume volume = volumeOf(disk);
		if (volume != null && volume.getDataDisks().contains(disk) && standbyReady(volume)) {
			Disk standby = volume.getStandby();
			substitutedBy.put(disk, standby);
			running.remove(volume);
			start(volume, VolumeOperation.RECONSTRUCTING_TO_STANDBY, disk.getSize(), () -> { });
		} else {
			changed();
		}
	}

	private boolean standbyReady(Volume volume) {
		Disk standby = volume.getStandby();
		return standby != null && standby.getStatus() == FruStatus.READY && !substitutedBy.containsValue(standby);
	}

	private void start(Volume volume, VolumeOperation operation, long bytes, Runnable whenDone) {
		start(volume, operation, bytes, 0, whenDone);
	}

	/** Starts (or, {@code done} percent already written, resumes) an operation that writes {@code bytes} more. */
	private void start(Volume volume, VolumeOperation operation, long bytes, int done, Runnable whenDone) {
		long seconds = Math.max(1, bytes / Math.max(1, rebuildBytesPerSecond));
		volume.setOperation(operation);
		volume.setProgress(done);
		running.put(volume, new RunningOperation(volume, clock.elapsed(), Duration.ofSeconds(seconds), done, whenDone));
		changed();
	}

	/**
	 * A site reloaded from its state directory may hold a volume that was initialising when the simulator
	 * stopped: the array restarts such an operation from its recorded progress.
	 */
	private void resumeInterruptedOperations() {
		for (Volume volume : unit.getVolumes()) {
			if (volume.getOperation() == VolumeOperation.INITIALIZING) {
				int done = Math.min(99, Math.max(0, volume.getProgress()));
				long remaining = volume.getCapacity() / 100 * (100 - done);
				start(volume, VolumeOperation.INITIALIZING, remaining, done, () -> volume.setState(VolumeState.UNMOUNTED));
			} else if (volume.getOperation() != null && volume.getOperation() != VolumeOperation.NONE) {
				volume.setOperation(VolumeOperation.NONE);
				volume.setProgress(0);
			}
		}
	}

	private void requireNewName(String name) throws ArrayCommandException {
		if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,11}")) {
			throw new ArrayCommandException("Error: invalid volume name " + name);
		}
		for (Volume volume : unit.getVolumes()) {
			if (volume.getName().equals(name)) {
				throw new ArrayCommandException("Error: volume " + name + " already exists");
			}
		}
	}

	private void requireIdle(Volume volume) throws ArrayCommandException {
		if (running.containsKey(volume)) {
			throw new ArrayCommandException("Error: volume " + volume.getName() + " is busy ("
					+ volume.getOperation().getLiteral() + " " + volume.getProgress() + "%)");
		}
	}

	private static RaidLevel raidLevel(String raid) throws ArrayCommandException {
		RaidLevel level = raid == null ? null : RaidLevel.get("raid" + raid);
		if (level == null) {
			throw new ArrayCommandException("Error: invalid raid level " + raid);
		}
		return level;
	}

	private void checkDisksFree(List<Disk> data, Disk standby) throws ArrayCommandException {
		List<Disk> wanted = new ArrayList<>(data);
		for (Disk disk : wanted) {
			if (volumeOf(disk) != null || disk.getRole() == DiskRole.STANDBY_DISK) {
				throw new ArrayCommandException("Error: drive " + disk.getName() + " is already in use");
			}
			if (disk.getStatus() != FruStatus.READY) {
				throw new ArrayCommandException("Error: drive " + disk.getName() + " is not ready");
			}
		}
		if (standby != null && data.contains(standby)) {
			throw new ArrayCommandException("Error: standby drive " + standby.getName() + " is also a data drive");
		}
	}

	private void checkRaidLimits(RaidLevel level, List<Disk> data) throws ArrayCommandException {
		RaidLimits limits = model.raid().get(level);
		if (limits == null) {
			throw new ArrayCommandException("Error: raid level " + level.getValue() + " not supported");
		}
		if (data.size() < limits.minDisks() || data.size() > limits.maxDisks()) {
			throw new ArrayCommandException("Error: raid " + level.getValue() + " needs " + limits.minDisks() + " to "
					+ limits.maxDisks() + " drives");
		}
		int tray = DiskNames.tray(data.get(0));
		for (Disk disk : data) {
			if (DiskNames.tray(disk) != tray) {
				throw new ArrayCommandException("Error: all drives of a volume must be in one unit");
			}
		}
	}

	private void checkStandby(Disk standby, List<Disk> data) throws ArrayCommandException {
		if (standby == null) {
			return;
		}
		if (model.hotSpareSlot() != 0 && standby.getSlot() != model.hotSpareSlot()) {
			throw new ArrayCommandException("Error: standby drive must be drive " + model.hotSpareSlot());
		}
		if (DiskNames.tray(standby) != DiskNames.tray(data.get(0))) {
			throw new ArrayCommandException("Error: standby drive must be in the volume's unit");
		}
		Volume owner = volumeOf(standby);
		if (owner != null && owner.getDataDisks().contains(standby)) {
			throw new ArrayCommandException("Error: drive " + standby.getName() + " is already in use");
		}
	}

	private void checkVolumesPerTray(List<Disk> data) throws ArrayCommandException {
		if (unit.isVolumeSlicing()) {
			return;
		}
		int tray = DiskNames.tray(data.get(0));
		long onTray = unit.getVolumes().stream()
				.filter(v -> !v.getDataDisks().isEmpty() && DiskNames.tray(v.getDataDisks().get(0)) == tray).count();
		if (onTray >= model.volumesPerTray()) {
			throw new ArrayCommandException("Error: unit u" + tray + " already has " + onTray + " volumes");
		}
	}

	private boolean otherVolumeUsesStandby(Volume volume) {
		return unit.getVolumes().stream().anyMatch(v -> v != volume && v.getStandby() == volume.getStandby());
	}

	void changed() {
		changeListeners.forEach(Runnable::run);
	}

	/** A volume operation running in simulated time. */
	private static final class RunningOperation {
		private final Volume volume;
		private final Duration start;
		private final Duration length;
		private final int done;
		private final Runnable whenDone;

		/** {@code done}: the percent written before this run (by the simulator before a restart). */
		RunningOperation(Volume volume, Duration start, Duration length, int done, Runnable whenDone) {
			this.volume = volume;
			this.start = start;
			this.length = length;
			this.done = done;
			this.whenDone = whenDone;
		}

		/** Updates the volume's progress; true when the operation has finished. */
		boolean update(Duration now) {
			double fraction = (double) now.minus(start).toNanos() / length.toNanos();
			if (fraction >= 1) {
				volume.setOperation(VolumeOperation.NONE);
				volume.setProgress(0);
				whenDone.run();
				return true;
			}
			volume.setProgress(Math.max(volume.getProgress(), done + (int) (fraction * (100 - done))));
			return false;
		}
	}
}
