package org.restripe.drivers.t3;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.ArrayRelease;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Step;
import org.restripe.drivers.api.WorkList;
import org.restripe.model.StorageUnit;
import org.restripe.model.catalog.DeviceCatalog;

/** The Sun StorEdge T3, T3+ (T3B) and 6120 dialect. */
public class T3Driver implements ArrayDriver {
	/**
	 * {@code T3B Release 2.01.00 2002/03/22 18:35:03 (10.1.1.20)} on T3/T3+,
	 * {@code 6120 Release 3.1.0 Fri Dec 19 ...} on the 6120: the model word, "Release", the firmware.
	 */
	private static final Pattern RELEASE = Pattern.compile("^\\s*(T3B|T3|6120|T4)\\s+Release\\s+(\\S+).*$",
			Pattern.MULTILINE);
	private static final Pattern SLICING_ON = Pattern.compile("^\\s*enable_volslice\\s*:\\s*on\\s*$",
			Pattern.MULTILINE);
	private static final Set<String> CATALOG_MODELS = Set.of("T3", "T3+", "6120");

	private final T3Renderer renderer = new T3Renderer();

	@Override
	public String family() {
		return "Sun StorEdge T3";
	}

	@Override
	public Optional<ArrayRelease> identify(String verOutput) {
		Matcher m = RELEASE.matcher(verOutput);
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(new ArrayRelease(m.group(1), m.group(2), m.group().strip()));
	}

	@Override
	public boolean speaksFor(String catalogModel) {
		return CATALOG_MODELS.contains(catalogModel);
	}

	@Override
	public RenderedStep render(Step step) {
		return renderer.render(step);
	}

	@Override
	public ConsoleDialect console() {
		return T3ConsoleDialect.DIALECT;
	}

	@Override
	public List<String> discoveryCommands() {
		return List.of(T3Spelling.VER.template(), T3Spelling.SYS_LIST.template(), T3Spelling.FRU_LIST.template(),
				T3Spelling.FRU_STAT.template(), T3Spelling.VOL_LIST.template(), T3Spelling.VOL_STAT.template(),
				T3Spelling.PORT_LIST.template());
	}

	/** The slices, the LUN map and its masking exist only where sys list shows slicing on (6120, T3+ firmware 2.1). */
	@Override
	public List<String> followUpDiscoveryCommands(Map<String, String> outputs) {
		String sysList = outputs.getOrDefault(T3Spelling.SYS_LIST.template(), "");
		if (!SLICING_ON.matcher(sysList).find()) {
			return List.of();
		}
		return List.of(T3Spelling.VOLSLICE_LIST.template(), T3Spelling.LUN_MAP_LIST.template(),
				T3Spelling.LUN_PERM_LIST.template());
	}

	/** {@code proc list}: the running vol init, recon and verify with their percent done. */
	@Override
	public Optional<WorkList> workList() {
		return Optional.of(new T3WorkList());
	}

	@Override
	public long lunSizeOnArray(long plannedBytes) {
		return T3Spelling.sliceBytes(plannedBytes);
	}

	@Override
	public StorageUnit discover(String unitId, Map<String, String> outputs) throws DiscoveryException {
		String ver = outputs.get(T3Spelling.VER.template());
		if (ver == null) {
			throw new DiscoveryException("discovery needs the output of 'ver'");
		}
		ArrayRelease release = identify(ver)
				.orElseThrow(() -> new DiscoveryException("'ver' printed no T3/6120 release line: " + ver.strip()));
		return new T3Discovery(DeviceCatalog.standard()).discover(unitId, outputs, release);
	}

	/** Cuts a raw console capture (prompts and echoed commands included) into each command's output. */
	public static Map<String, String> outputsOfSession(String capture) {
		return T3Output.splitSession(capture);
	}
}
