package org.restripe.simulator.array;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.simulator.line.ConsoleIo;

/**
 * Parses and executes one T3 command line. Read commands return their screen; changing commands return
 * nothing on success and the array's error text on refusal, as the array does.
 */
final class T3Commands {
	static final String VOL_USAGE = "usage:  vol add name data drives raid 0|1|5 [standby drive]\n"
			+ "        vol init name data|fast\n"
			+ "        vol list|stat [name]\n"
			+ "        vol mount|unmount|remove name";
	static final String SYS_USAGE = "usage:  sys list | blocksize 16k|32k|64k | cache auto|writebehind|writethrough|off\n"
			+ "        mirror auto|off | mp_support none|rw|mpxio|std | rd_ahead on|off | recon_rate low|med|high\n"
			+ "        enable_volslice on|off";

	static final String VOLSLICE_USAGE = "usage:  volslice create name -z size[MB|GB] volume\n"
			+ "        volslice remove name\n"
			+ "        volslice list";
	static final String LUN_USAGE = "usage:  lun map add lun number slice slice\n"
			+ "        lun map rm lun number\n"
			+ "        lun map list\n"
			+ "        lun perm lun number rw|ro|none wwn wwn\n"
			+ "        lun perm list";

	private final StorageArray array;
	private final ConsoleIo io;

	T3Commands(StorageArray array, ConsoleIo io) {
		this.array = array;
		this.io = io;
	}

	/**
	 * The release line {@code ver} prints; a 6120 adds the ctime-style build date Sun Alert 1017437.1 shows
	 * for release 3.1.0.
	 */
	static String releaseLine(StorageUnit unit) {
		String firmware = unit.getFirmware() == null ? "T3B Release 2.01.00 2002/03/22 18:35:03" : unit.getFirmware();
		if (firmware.startsWith("6120") && firmware.split(" ").length <= 3) {
			firmware += " Fri Dec 19 14:49:54 PST 2003";
		}
		return firmware + " (" + (unit.getAddress() == null ? "0.0.0.0" : unit.getAddress()) + ")";
	}

	/**
	 * What ver prints, and the banner after login. A 6120: the release line, then the copyright without a
	 * full stop (Sun Alert 1017437.1). A T3/T3+: a blank line, the release, the copyright and "All Rights
	 * Reserved." (REFERENCE.md; no screen found).
	 */
	static List<String> versionScreen(StorageUnit unit) {
		if ("6120".equals(unit.getCatalogModel())) {
			return List.of(releaseLine(unit), "Copyright (C) 1997-2003 Sun Microsystems, Inc");
		}
		return List.of("", releaseLine(unit), "Copyright (C) 1997-2001 Sun Microsystems, Inc.", "All Rights Reserved.");
	}

	List<String> run(String command) throws IOException {
		String[] words = command.split(" ");
		try {
			switch (words[0]) {
			case "ver":
				return versionScreen(array.unit());
			case "vol":
				return vol(words);
			case "sys":
				return sys(words);
			case "fru":
				return fru(words);
			case "port":
				return port(words);
			case "volslice":
				return volslice(words);
			case "lun":
				return lun(words);
			case "proc":
				return proc(words);
			case "refresh":
				return refresh(words);
			case "help":
				return List.of("ver vol sys fru port volslice lun proc refresh logout");
			default:
				return List.of(words[0] + ": command not found");
			}
		} catch (ArrayCommandException refused) {
			return List.of(refused.getMessage());
		}
	}

	private List<String> vol(String[] w) throws ArrayCommandException, IOException {
		String sub = w.length > 1 ? w[1] : "";
		switch (sub) {
		case "list":
			List<Volume> listed = shown(w);
			return screen(() -> T3Screens.volList(array, listed));
		case "stat":
			List<Volume> stated = shown(w);
			return screen(() -> T3Screens.volStat(array, stated));
		case "add":
			return volAdd(w);
		case "init":
			return volInit(w);
		case "mount":
			array.mountVolume(volumeName(w, 3));
			return List.of();
		case "unmount":
			array.unmountVolume(volumeName(w, 3));
			return List.of();
		case "remove":
			array.removeVolume(volumeName(w, 3));
			return List.of();
		default:
			return usage(VOL_USAGE);
		}
	}

	/** {@code vol list|stat [NAME]}: every volume, or the one named (an unknown name is an error). */
	private List<Volume> shown(String[] w) throws ArrayCommandException {
		if (w.length > 3) {
			throw new ArrayCommandException(VOL_USAGE);
		}
		return w.length == 3 ? List.of(array.volume(w[2])) : array.volumes();
	}

	/** {@code vol add NAME data DISKS raid LEVEL [standby DISK]}. */
	private List<String> volAdd(String[] w) throws ArrayCommandException {
		if (!(w.length == 7 || w.length == 9) || !"data".equals(w[3]) || !"raid".equals(w[5])
				|| (w.length == 9 && !"standby".equals(w[7]))) {
			return usage(VOL_USAGE);
		}
		array.addVolume(w[2], w[4], w[6], w.length == 9 ? w[8] : null);
		return List.of();
	}

	/** {@code vol init NAME data|fast}: asks before destroying data, as the array does. */
	private List<String> volInit(String[] w) throws ArrayCommandException, IOException {
		if (w.length != 4 || !("data".equals(w[3]) || "fast".equals(w[3]))) {
			return usage(VOL_USAGE);
		}
		// a mounted or busy volume is refused before the question, so nobody answers y for nothing
		array.checkInitializable(w[2]);
		io.writeLine("WARNING - Volume data will be destroyed.");
		io.write("Continue ? [N]: ");
		String answer = io.readLine(false);
		if (answer == null || !answer.trim().equalsIgnoreCase("y")) {
			return List.of();
		}
		array.initVolume(w[2], "fast".equals(w[3]));
		return List.of();
	}

	/** {@code proc list}: the running volume work and its progress. */
	private List<String> proc(String[] w) {
		if (w.length == 2 && "list".equals(w[1])) {
			return screen(() -> T3StatusScreens.procList(array));
		}
		return usage("usage:  proc list | proc kill cmd_ref");
	}

	/** {@code refresh -s}: the battery refresh table (starting or killing a refresh is not simulated). */
	private List<String> refresh(String[] w) {
		if (w.length == 2 && "-s".equals(w[1])) {
			return screen(() -> T3StatusScreens.refreshStatus(array));
		}
		return usage("usage:  refresh -c | -s | -i | -k");
	}

	private static String volumeName(String[] w, int expectedWords) throws ArrayCommandException {
		if (w.length != expectedWords) {
			throw new ArrayCommandException(VOL_USAGE);
		}
		return w[2];
	}

	private List<String> sys(String[] w) throws ArrayCommandException {
		if (w.length == 2 && "list".equals(w[1])) {
			return screen(() -> T3Screens.sysList(array.unit()));
		}
		if (w.length != 3) {
			return usage(SYS_USAGE);
		}
		if ("blocksize".equals(w[1])) {
			array.setBlockSize(w[2]);
		} else if ("enable_volslice".equals(w[1])) {
			array.slices().setSlicing(w[2]);
		} else {
			array.setSystemSetting(w[1], w[2]);
		}
		return List.of();
	}

	/** {@code volslice create NAME -z SIZE VOLUME | remove NAME | list}; a T3 before firmware 2.1 has none. */
	private List<String> volslice(String[] w) throws ArrayCommandException {
		if (!array.model().slicing()) {
			return List.of("volslice: command not found");
		}
		if (w.length == 2 && "list".equals(w[1])) {
			requireSlicingOn();
			return screen(() -> T3Screens.volsliceList(array));
		}
		if (w.length == 6 && "create".equals(w[1]) && "-z".equals(w[3])) {
			array.slices().create(w[2], w[4], w[5]);
			return List.of();
		}
		if (w.length == 3 && "remove".equals(w[1])) {
			array.slices().remove(w[2]);
			return List.of();
		}
		return usage(VOLSLICE_USAGE);
	}

	/** {@code lun map add lun N slice S | lun map rm lun N | lun map list | lun perm lun N P wwn W | lun perm list}. */
	private List<String> lun(String[] w) throws ArrayCommandException {
		if (!array.model().slicing()) {
			return List.of("lun: command not found");
		}
		String line = String.join(" ", w);
		if (line.equals("lun map list")) {
			requireSlicingOn();
			return screen(() -> T3Screens.lunMapList(array));
		}
		if (w.length == 7 && line.startsWith("lun map add lun ") && "slice".equals(w[5])) {
			array.slices().map(w[4], w[6]);
			return List.of();
		}
		if (w.length == 5 && line.startsWith("lun map rm lun ")) {
			array.slices().unmap(w[4]);
			return List.of();
		}
		if (line.equals("lun perm list")) {
			requireSlicingOn();
			return screen(() -> array.permissions().screen());
		}
		if (w.length == 7 && line.startsWith("lun perm lun ") && "wwn".equals(w[5])) {
			array.permissions().permit(w[3], w[4], w[6]);
			return List.of();
		}
		return usage(LUN_USAGE);
	}

	private void requireSlicingOn() throws ArrayCommandException {
		if (!array.unit().isVolumeSlicing()) {
			throw new ArrayCommandException("Error: volume slicing is not enabled (sys enable_volslice on)");
		}
	}

	private List<String> fru(String[] w) {
		if (w.length == 2 && "list".equals(w[1])) {
			return screen(() -> T3Screens.fruList(array));
		}
		if (w.length == 2 && "stat".equals(w[1])) {
			return screen(() -> T3Screens.fruStat(array));
		}
		return usage("usage:  fru list | fru stat");
	}

	private List<String> port(String[] w) {
		if (w.length == 2 && "list".equals(w[1])) {
			return screen(() -> T3Screens.portList(array.unit()));
		}
		if (w.length == 2 && "listmap".equals(w[1])) {
			return screen(() -> T3Screens.portListmap(array.unit()));
		}
		return usage("usage:  port list | port listmap");
	}

	/** Renders a screen under the array's lock, so the SNMP agent never changes it halfway through. */
	private List<String> screen(Supplier<List<String>> render) {
		synchronized (array) {
			array.refresh();
			return render.get();
		}
	}

	private static List<String> usage(String text) {
		return List.of(text.split("\n"));
	}
}
