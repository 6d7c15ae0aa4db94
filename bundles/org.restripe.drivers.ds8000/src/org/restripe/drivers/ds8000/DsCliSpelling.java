package org.restripe.drivers.ds8000;

import org.restripe.drivers.api.CommandSpelling;

/**
 * Every DS CLI spelling the DS8000 driver types or reads, in one table, so a spelling found wrong on a real
 * storage image is corrected here and nowhere else. A spelling is verified only where a public document or
 * capture shows it exactly; {@link #source()} then names it. The rest follow REFERENCE.md's retelling of IBM's
 * DS CLI reference and are marked unverified (null source) until checked against IBM's own pages.
 * Placeholders are written {name}.
 */
public enum DsCliSpelling implements CommandSpelling {
	/** Version of the CLI and the storage image's microcode; the banner names the storage image. */
	VER("ver -l", null),
	LSDDM("lsddm", Sources.CAPTURES),
	LSARRAY("lsarray", Sources.CAPTURES),
	LSRANK("lsrank", Sources.CAPTURES),
	LSEXTPOOL("lsextpool", Sources.CAPTURES),
	LSLCU("lslcu", null),
	LSCKDVOL("lsckdvol", null),
	LSIOPORT("lsioport", Sources.CAPTURES),
	/**
	 * Parameter names as IBM's mkfbvol page spells its own (-extpool, -cap, -name, then the volume ID last);
	 * -datatype and a capacity in cylinders as REFERENCE.md gives them for mkckdvol (unverified).
	 */
	MKCKDVOL("mkckdvol -extpool {pool} -datatype {datatype} -cap {cylinders} -name {name} {id}", null),
	/** Dynamic volume expansion: a larger capacity in cylinders; -quiet answers the question itself. */
	CHCKDVOL_CAP("chckdvol -cap {cylinders} -quiet {id}", null),
	RMCKDVOL("rmckdvol -quiet {id}", null),
	SETIOPORT_FICON("setioport -topology ficon {port}", null),
	/** The topology of a port in no channel's use: open-systems SCSI over Fibre Channel. */
	SETIOPORT_SCSI_FCP("setioport -topology scsi-fcp {port}", null),
	/** The line every DS CLI command prints first. */
	BANNER_PREFIX("Date/Time:", Sources.REFERENCE_CAPTURES),
	/** lsioport's topo column for a FICON port. */
	TOPO_FICON("FICON", Sources.REFERENCE_CAPTURES),
	/** z/OS operator command to take a device away from the system before it changes (as the brief gives it). */
	VARY_OFFLINE("V {device},OFFLINE", null),
	VARY_ONLINE("V {device},ONLINE", null);

	/** The public documents that show spellings exactly. */
	private static final class Sources {
		static final String CAPTURES = "captured dscli sessions (lsrank, lsarraysite, lsarray, lsextpool, lsfbvol, "
				+ "lsddm, lsioport) in bond-huang/ebook, 03-IBM_Storage_System/02-DS8k_Storage/02-DS8000-DSCLI常用命令.md";
		static final String REFERENCE_CAPTURES = "public DS CLI captures as REFERENCE.md retells them (section "
				+ "'A mainframe-capable array family: IBM DS8000 DS CLI')";
	}

	private final String template;
	private final String source;

	DsCliSpelling(String template, String source) {
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
}
