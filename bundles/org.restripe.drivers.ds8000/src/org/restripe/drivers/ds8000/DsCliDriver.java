package org.restripe.drivers.ds8000;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.ArrayRelease;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Step;
import org.restripe.model.CkdType;
import org.restripe.model.StorageUnit;
import org.restripe.model.sizing.Capacities;

/** The IBM DS8000 dialect: the DS CLI of a 2107 storage image, with CKD volumes for mainframe hosts. */
public class DsCliDriver implements ArrayDriver {
	/** The device catalog's id of the DS8000 model. */
	public static final String CATALOG_MODEL = "DS8000";
	/**
	 * {@code Date/Time: ... IBM DSCLI Version: 7.8.50.497 DS: IBM.2107-75ABCD1}: the CLI's version and the
	 * storage image, machine type 2107 (the DS8000 family's) and serial.
	 */
	private static final Pattern BANNER = Pattern.compile(
			"IBM DSCLI Version:\\s*(\\S+)\\s+DS:\\s*(?:\\r?\\n\\s*)?IBM\\.(2107|242[1-4])-(\\w+)");

	private final DsRenderer renderer = new DsRenderer();

	@Override
	public String family() {
		return "IBM DS8000";
	}

	@Override
	public Optional<ArrayRelease> identify(String verOutput) {
		Matcher m = BANNER.matcher(verOutput);
		if (!m.find()) {
			return Optional.empty();
		}
		String line = verOutput.substring(verOutput.lastIndexOf('\n', m.start()) + 1, m.end()).replaceAll("\\s+", " ");
		return Optional.of(new ArrayRelease(m.group(2), m.group(1), line.strip()));
	}

	@Override
	public boolean speaksFor(String catalogModel) {
		return CATALOG_MODEL.equals(catalogModel);
	}

	@Override
	public RenderedStep render(Step step) {
		return renderer.render(step);
	}

	@Override
	public ConsoleDialect console() {
		return DsCliConsoleDialect.DIALECT;
	}

	@Override
	public List<String> discoveryCommands() {
		return List.of(DsCliSpelling.VER.template(), DsCliSpelling.LSDDM.template(), DsCliSpelling.LSARRAY.template(),
				DsCliSpelling.LSRANK.template(), DsCliSpelling.LSEXTPOOL.template(), DsCliSpelling.LSLCU.template(),
				DsCliSpelling.LSCKDVOL.template(), DsCliSpelling.LSIOPORT.template());
	}

	@Override
	public StorageUnit discover(String unitId, Map<String, String> outputs) throws DiscoveryException {
		String ver = outputs.get(DsCliSpelling.VER.template());
		if (ver == null) {
			throw new DiscoveryException("discovery needs the output of '" + DsCliSpelling.VER.template() + "'");
		}
		ArrayRelease release = identify(ver).orElseThrow(() -> new DiscoveryException(
				"'" + DsCliSpelling.VER.template() + "' printed no DS CLI banner naming a 2107 storage image: " + ver.strip()));
		return new DsDiscovery(unitId, outputs).discover(release);
	}

	/**
	 * The model's CKD type of a volume of {@code cylinders} in the family {@code deviceMTM} names (3390-9 is
	 * 3390, 3380-K 3380): the type of exactly that many cylinders, since the model knows standard sizes only.
	 */
	static CkdType ckdType(String deviceMtm, String cylinders, Map<String, String> row) throws DiscoveryException {
		String family = deviceMtm.length() >= 4 ? deviceMtm.substring(0, 4) : deviceMtm;
		int cyl;
		try {
			cyl = Integer.parseInt(cylinders);
		} catch (NumberFormatException e) {
			throw new DiscoveryException("lsckdvol shows a capacity '" + cylinders + "' that is no number of cylinders: "
					+ row.values());
		}
		for (CkdType type : CkdType.VALUES) {
			if (type.getLiteral().startsWith(family) && Capacities.cylinders(type) == cyl) {
				return type;
			}
		}
		throw new DiscoveryException("lsckdvol shows a " + deviceMtm + " volume of " + cyl
				+ " cylinders, which is no standard " + family + " model: " + row.values());
	}

	/** The {@code -datatype} of a model type: its family, 3390 or 3380. */
	static String dataType(CkdType type) {
		return type.getLiteral().substring(0, 4);
	}
}
