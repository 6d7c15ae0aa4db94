package org.restripe.drivers.t3;

import java.util.Map;

/**
 * Every command spelling the T3 driver types, in one table, so a spelling found wrong on a real array is
 * corrected here and nowhere else. {@code verified} is true only where the public T3/6120 manuals show the
 * exact syntax (see REFERENCE.md); the rest follow the manuals' descriptions and await a real array.
 * Placeholders are written {name}.
 */
public enum T3Spelling {
	VOL_ADD("vol add {name} data {data} raid {raid}", true),
	VOL_ADD_STANDBY(" standby {standby}", true),
	VOL_INIT("vol init {name} data", true),
	VOL_MOUNT("vol mount {name}", true),
	VOL_UNMOUNT("vol unmount {name}", true),
	VOL_REMOVE("vol remove {name}", true),
	/** vol init's question before it zeroes the disks. */
	PROMPT_CONTINUE("Continue ? [N]:", true),
	ANSWER_YES("Y", true),
	SYS_BLOCKSIZE("sys blocksize {value}", false),
	SYS_SETTING("sys {setting} {value}", false),
	SYS_VOLSLICE("sys enable_volslice {value}", false),
	VOLSLICE_CREATE("volslice create {name} -z {megabytes}MB {volume}", false),
	VOLSLICE_REMOVE("volslice remove {name}", false),
	LUN_MAP_ADD("lun map add lun {lunNumber} slice {name}", false),
	LUN_MAP_REMOVE("lun map rm lun {lunNumber}", false),
	VOL_LIST("vol list", true),
	VOL_STAT("vol stat", true),
	SYS_LIST("sys list", true),
	FRU_LIST("fru list", true),
	FRU_STAT("fru stat", true),
	PORT_LIST("port list", true),
	VER("ver", true),
	VOLSLICE_LIST("volslice list", false),
	LUN_MAP_LIST("lun map list", false);

	private final String template;
	private final boolean verified;

	T3Spelling(String template, boolean verified) {
		this.template = template;
		this.verified = verified;
	}

	public String template() {
		return template;
	}

	public boolean verified() {
		return verified;
	}

	/** The spelling with its placeholders filled in; a placeholder left unfilled is a driver bug. */
	public String with(Map<String, String> values) {
		String text = template;
		for (Map.Entry<String, String> e : values.entrySet()) {
			text = text.replace("{" + e.getKey() + "}", e.getValue());
		}
		if (text.contains("{")) {
			throw new IllegalStateException("Unfilled placeholder in '" + text + "' from " + name());
		}
		return text;
	}

	public String with(String key, String value) {
		return with(Map.of(key, value));
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
