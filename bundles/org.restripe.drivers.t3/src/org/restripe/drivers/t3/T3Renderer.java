package org.restripe.drivers.t3;

import static org.restripe.drivers.t3.T3Spelling.*;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.CommandLine.PromptAnswer;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Rollback;
import org.restripe.drivers.api.Step;

/**
 * Renders planned steps as T3/T3+/6120 command lines. Every spelling comes from {@link T3Spelling}; this
 * class only decides which lines a step takes, what proves it worked and how it is undone.
 */
final class T3Renderer {

	RenderedStep render(Step step) {
		return switch (step.operation()) {
		case ADD_VOLUME -> addVolume(step);
		case INIT_VOLUME -> initVolume(step);
		case MOUNT_VOLUME -> rendered(step, VOL_MOUNT.with("name", step.targetName()), volumeState(step, "mounted"),
				Rollback.by(List.of(CommandLine.of(VOL_UNMOUNT.with("name", step.targetName()))), "unmount it again"));
		case UNMOUNT_VOLUME -> rendered(step, VOL_UNMOUNT.with("name", step.targetName()),
				volumeState(step, "unmounted"),
				Rollback.by(List.of(CommandLine.of(VOL_MOUNT.with("name", step.targetName()))), "mount it again"));
		case REMOVE_VOLUME -> rendered(step, VOL_REMOVE.with("name", step.targetName()),
				new Check(VOL_LIST.template(), "^" + q(step.targetName()) + "\\s", false,
						"vol list no longer shows " + step.targetName()),
				Rollback.none(Rollback.DATA_DESTROYED));
		case SET_BLOCK_SIZE -> setting(step, "blocksize", step.to("value"), SYS_BLOCKSIZE.with("value", step.to("value")),
				SYS_BLOCKSIZE.with("value", step.from("value")));
		case SET_SYSTEM -> setSystem(step);
		case SET_VOLUME_SLICING -> setting(step, "enable_volslice", step.to("value"), SYS_VOLSLICE.with("value", step.to("value")),
				SYS_VOLSLICE.with("value", step.from("value")));
		case CREATE_LUN -> createLun(step);
		case REMOVE_LUN -> removeLun(step);
		case MAP_LUN -> unsliced(step) ? presentedByVolume(step) : T3Masking.map(step);
		case UNMAP_LUN -> unsliced(step) ? presentedByVolume(step) : T3Masking.unmap(step);
		case CONFIRM_BACKUP -> instruction(step, "STOP: confirm that a verified backup of " + step.from("volumes")
				+ " on " + step.unitName() + " exists; the following steps destroy that data",
				Check.byEngineer("the engineer confirmed the backup"), Rollback.none("nothing to undo"));
		case ADD_STORAGE_UNIT, MOVE_STORAGE_UNIT, ADD_TRAY, ADD_DISK, ADD_PORT, RECABLE_PORT, ADD_HOST -> new T3Hardware()
				.render(step);
		case ADD_CKD_DEVICE, REMOVE_CKD_DEVICE, EXPAND_CKD_DEVICE, VARY_CKD_OFFLINE, VARY_CKD_ONLINE ->
			throw new IllegalArgumentException("The T3 family has no "
				+ "mainframe CKD devices: step " + step.operation().label() + " " + step.targetName());
		};
	}

	private RenderedStep addVolume(Step step) {
		String line = VOL_ADD.with(Map.of("name", step.targetName(), "data",
				DiskNames.compress(List.of(step.to("dataNames").split(","))), "raid", step.to("raid")));
		if (!step.to("standbyName").isEmpty()) {
			line += VOL_ADD_STANDBY.with("standby", step.to("standbyName"));
		}
		Check check = new Check(VOL_LIST.template(), "^" + q(step.targetName()) + "\\s.*\\s" + step.to("raid") + "\\s",
				true, "vol list shows " + step.targetName() + " at RAID " + step.to("raid"));
		return rendered(step, line, check, Rollback.by(List.of(CommandLine.of(VOL_REMOVE.with("name", step.targetName()))),
				"remove the new, still empty volume"));
	}

	private RenderedStep initVolume(Step step) {
		CommandLine init = new CommandLine(VOL_INIT.with("name", step.targetName()),
				List.of(new PromptAnswer(PROMPT_CONTINUE.template(), ANSWER_YES.template())));
		// vol init returns at once and zeroes the disks in the background; vol stat shows its progress
		Check initialised = volumeState(step, "unmounted").whilePending(
				"^" + q(step.targetName()) + "\\s[^\\n]*\\n[^\\n]*\\n\\s*initializing\\b");
		return new RenderedStep(step, List.of(init), "", initialised,
				Rollback.none("nothing to undo: the new volume held no data"));
	}

	/**
	 * Without volume slicing (T3, T3+ before firmware 2.1) the array has no LUN map: each volume is
	 * presented to the hosts on every port as it is, so mapping follows the volume and types nothing.
	 * Steps of plans written before the "slicing" value existed keep the lun map commands.
	 */
	private static boolean unsliced(Step step) {
		return "false".equals(step.value("slicing"));
	}

	private static RenderedStep presentedByVolume(Step step) {
		return instruction(step, "no command: without volume slicing the array presents volume "
				+ step.value("volumeName") + " itself as LUN " + step.value("lunNumber"),
				Check.byEngineer("nothing to check on the array"), Rollback.none("nothing to undo"));
	}

	private RenderedStep setSystem(Step step) {
		String setting = step.to("setting");
		if (!SYS_LIST_KEYS.containsKey(setting)) {
			throw new IllegalArgumentException("Unknown T3 sys setting '" + setting + "'");
		}
		String to = T3Spelling.word(setting, step.to("value"));
		return setting(step, SYS_LIST_KEYS.get(setting), to,
				SYS_SETTING.with(Map.of("setting", setting, "value", to)),
				SYS_SETTING.with(Map.of("setting", setting, "value", T3Spelling.word(setting, step.from("value")))));
	}

	private RenderedStep setting(Step step, String sysListKey, String value, String line, String inverse) {
		Check check = new Check(SYS_LIST.template(), "^" + q(sysListKey) + "\\s*:\\s*" + q(value) + "\\s*$", true,
				"sys list shows " + sysListKey + " " + value);
		return rendered(step, line, check, Rollback.by(List.of(CommandLine.of(inverse)), "set it back"));
	}

	private RenderedStep createLun(Step step) {
		if (!"true".equals(step.to("slicing"))) {
			return instruction(step, "no command: without volume slicing the LUN is the whole volume "
					+ step.to("volumeName"), volumeListed(step.to("volumeName")), Rollback.none("nothing to undo"));
		}
		String line = VOLSLICE_CREATE.with(Map.of("name", step.targetName(), "megabytes",
				megabytes(step.to("size")), "volume", step.to("volumeName")));
		return rendered(step, line, new Check(VOLSLICE_LIST.template(), "^" + q(step.targetName()) + "\\s", true,
				"volslice list shows " + step.targetName()),
				Rollback.by(List.of(CommandLine.of(VOLSLICE_REMOVE.with("name", step.targetName()))),
						"remove the new, still empty slice"));
	}

	private RenderedStep removeLun(Step step) {
		if (!"true".equals(step.from("slicing"))) {
			return instruction(step, "no command: without volume slicing the LUN goes with volume "
					+ step.from("volumeName"), Check.byEngineer("nothing to check"), Rollback.none("nothing to undo"));
		}
		return rendered(step, VOLSLICE_REMOVE.with("name", step.targetName()),
				new Check(VOLSLICE_LIST.template(), "^" + q(step.targetName()) + "\\s", false,
						"volslice list no longer shows " + step.targetName()),
				Rollback.none(Rollback.DATA_DESTROYED));
	}

	static String mapLine(Step step) {
		return LUN_MAP_ADD.with(Map.of("lunNumber", step.value("lunNumber"), "name", step.value("lunName")));
	}

	/**
	 * lun map list shows each LUN number with the number of its slice, which the array assigns when the
	 * slice is made: the check can name the LUN number only (the slice is proven by volslice list).
	 */
	static Check mapCheck(Step step, boolean present) {
		return new Check(LUN_MAP_LIST.template(), "^\\s*" + q(step.value("lunNumber")) + "\\s+\\d+\\s*$", present,
				"lun map list " + (present ? "shows" : "no longer shows") + " LUN " + step.value("lunNumber"));
	}

	private static Check volumeState(Step step, String state) {
		// vol stat prints the volume's disk line, then its state on the next line
		return new Check(VOL_STAT.template(), "^" + q(step.targetName()) + "\\s[^\\n]*\\n\\s*" + state + "\\b", true,
				"vol stat shows " + step.targetName() + " " + state);
	}

	private static Check volumeListed(String volume) {
		return new Check(VOL_LIST.template(), "^" + q(volume) + "\\s", true, "vol list shows " + volume);
	}

	private static String megabytes(String bytes) {
		// rounded up, and what the array makes of it: see T3Spelling.sliceBytes
		return Long.toString(T3Spelling.sliceMegabytes(Long.parseLong(bytes)));
	}

	private static RenderedStep rendered(Step step, String line, Check check, Rollback rollback) {
		return new RenderedStep(step, List.of(CommandLine.of(line)), "", check, rollback);
	}

	static RenderedStep instruction(Step step, String instruction, Check check, Rollback rollback) {
		return new RenderedStep(step, List.of(), instruction, check, rollback);
	}

	static String q(String text) {
		return Pattern.quote(text);
	}
}
