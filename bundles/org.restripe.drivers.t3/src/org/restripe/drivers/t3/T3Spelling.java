package org.restripe.drivers.t3;

import java.util.Map;

import org.restripe.drivers.api.CommandSpelling;

/**
 * Every command spelling the T3 driver types, in one table, so a spelling found wrong on a real array is
 * corrected here and nowhere else. A spelling is verified only where a public document shows it exactly;
 * {@link #source()} then names that document. The rest follow the manuals' descriptions as REFERENCE.md
 * retells them, no screen of them having been found, and await a real array. Placeholders are written {name}.
 */
public enum T3Spelling implements CommandSpelling {
	VOL_ADD("vol add {name} data {data} raid {raid}", null),
	VOL_ADD_STANDBY(" standby {standby}", null),
	VOL_INIT("vol init {name} data", null),
	VOL_MOUNT("vol mount {name}", null),
	VOL_UNMOUNT("vol unmount {name}", null),
	VOL_REMOVE("vol remove {name}", null),
	/** vol init's question before it zeroes the disks. */
	PROMPT_CONTINUE("Continue ? [N]:", null),
	ANSWER_YES("Y", null),
	SYS_BLOCKSIZE("sys blocksize {value}", null),
	SYS_SETTING("sys {setting} {value}", null),
	SYS_VOLSLICE("sys enable_volslice {value}", null),
	VOLSLICE_CREATE("volslice create {name} -z {megabytes}MB {volume}", null),
	VOLSLICE_REMOVE("volslice remove {name}", null),
	LUN_MAP_ADD("lun map add lun {lunNumber} slice {name}", null),
	LUN_MAP_REMOVE("lun map rm lun {lunNumber}", null),
	/**
	 * LUN masking (6120, T3+ firmware 2.1 with slicing): lets one WWN see LUN N read-write, read-only or not
	 * at all. Unverified: the spelling follows the 6120 Reference Manual's and the T3+ 2.1 release notes'
	 * description as retold in REFERENCE.md ("masking lun perm"); no public screen of it was found (searched
	 * the docs, pages and code corpora for "lun perm lun 0 rw wwn" and "6120 lun perm list").
	 */
	LUN_PERM("lun perm lun {lunNumber} {access} wwn {wwn}", null),
	/** The masking table, one line a LUN and WWN (and the default); unverified, as {@link #LUN_PERM}. */
	LUN_PERM_LIST("lun perm list", null),
	VOL_LIST("vol list", Sources.EXPLORER_T3),
	VOL_STAT("vol stat", Sources.EXPLORER_T3),
	SYS_LIST("sys list", Sources.EXPLORER_T3),
	FRU_LIST("fru list", Sources.EXPLORER_T3),
	FRU_STAT("fru stat", Sources.EXPLORER_T3),
	PORT_LIST("port list", Sources.EXPLORER_T3),
	VER("ver", Sources.EXPLORER_T3),
	VOLSLICE_LIST("volslice list", Sources.EXPLORER_T3),
	LUN_MAP_LIST("lun map list", Sources.EXPLORER_T3),
	/** Running volume work (init, recon, verify) and its progress. */
	PROC_LIST("proc list", Sources.EXPLORER_T3),
	/** The battery refresh table; the spelling and a screen are in Sun's battery note. */
	REFRESH_STATUS("refresh -s", Sources.BATTERY_NOTE);

	/** The public documents that show spellings exactly. */
	private static final class Sources {
		static final String EXPLORER_T3 = "Oracle Explorer User's Guide (819-6613), t3extended: the commands it "
				+ "types at a T3/T3+/6120 prompt (docs.oracle.com/cd/E19957-01/819-6613/gcrgw)";
		static final String BATTERY_NOTE = "Sun Technical Instruction 1005958.1, Sun StorEdge T3, T3+, 6120: "
				+ "Battery Management and the Battery Scheduler Daemon (Sun System Handbook 3.4)";
	}

	private final String template;
	private final String source;

	T3Spelling(String template, String source) {
		this.template = template;
		this.source = source;
	}

	@Override
	public String template() {
		return template;
	}

	@Override
	public String source() {
		return source;
	}

	/** The array's word for a model value of a sys setting: mp_support readWrite is "rw". */
	public static String word(String setting, String modelValue) {
		if (setting.equals("mp_support") && modelValue.equals("readWrite")) {
			return "rw";
		}
		return modelValue;
	}

	/** The array addresses a volume in blocks of this many bytes; a slice is a whole number of them. */
	public static final long BLOCK_BYTES = 512L;
	/**
	 * What {@code -z ...MB} of {@link #VOLSLICE_CREATE} counts, like the decimal GB {@code vol list} prints
	 * (unverified: a firmware counting binary MB would make every slice 4.9% larger, never smaller).
	 */
	public static final long MEGABYTE = 1_000_000L;

	/**
	 * The size the array gives a slice planned at {@code bytes}, as {@code volslice list} reports it: the
	 * renderer rounds the planned size up to whole megabytes (a slice a little larger than planned never
	 * truncates the host's file system) and the array rounds those up to whole blocks. Discovery therefore
	 * reads back this size, not the planned one; verification compares with it.
	 */
	public static long sliceBytes(long bytes) {
		long megabytes = sliceMegabytes(bytes);
		long blocks = (megabytes * MEGABYTE + BLOCK_BYTES - 1) / BLOCK_BYTES;
		return blocks * BLOCK_BYTES;
	}

	/** The {megabytes} of {@link #VOLSLICE_CREATE} for a slice planned at {@code bytes}: rounded up. */
	public static long sliceMegabytes(long bytes) {
		return (bytes + MEGABYTE - 1) / MEGABYTE;
	}

	/** The sys list key and the sys command word of each setting SET_SYSTEM may change. */
	public static final Map<String, String> SYS_LIST_KEYS = Map.of("cache", "cache", "mirror", "mirror",
			"mp_support", "mp_support", "rd_ahead", "rd_ahead", "recon_rate", "recon_rate");
}
