package org.restripe.simulator.array;

import static org.restripe.simulator.array.DsCliMessages.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.Port;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.sizing.Capacities;
import org.restripe.simulator.line.ConsoleIo;

/**
 * The DS CLI commands of a simulated DS8000: the lists (via {@link DsCliLists}) and the changes of CKD volumes
 * and I/O ports, each changing the array's model the way the storage image changes itself and refusing what
 * it refuses (an existing volume ID, an unknown extent pool, a shrink through chckdvol).
 */
final class DsCliCommands {
	private final StorageArray array;
	private final ConsoleIo io;
	private final DsCliLists lists;

	DsCliCommands(StorageArray array, ConsoleIo io) {
		this.array = array;
		this.io = io;
		this.lists = new DsCliLists(array);
	}

	/** A parsed command line: the command, its -flag values and its positional arguments. */
	record Args(String command, Map<String, String> flags, List<String> positional) {
		static Args parse(String line) {
			String[] words = line.trim().split("\\s+");
			Map<String, String> flags = new HashMap<>();
			List<String> positional = new ArrayList<>();
			for (int i = 1; i < words.length; i++) {
				if (words[i].startsWith("-") && !words[i].equals("-")) {
					boolean valued = i + 1 < words.length && !words[i + 1].startsWith("-")
							&& !List.of("-quiet", "-l", "-s").contains(words[i]);
					flags.put(words[i], valued ? words[++i] : "");
				} else {
					positional.add(words[i]);
				}
			}
			return new Args(words[0], flags, positional);
		}

		String id() {
			return positional.isEmpty() ? "" : positional.get(positional.size() - 1).toUpperCase(Locale.ROOT);
		}
	}

	List<String> run(String line) throws IOException {
		Args args = Args.parse(line);
		boolean delim = "delim".equals(args.flags().get("-fmt"));
		return switch (args.command()) {
		case "ver" -> lists.version();
		case "lsddm" -> lists.ddms(delim);
		case "lsarray" -> lists.arrays(delim);
		case "lsrank" -> lists.ranks(delim);
		case "lsextpool" -> lists.pools(delim);
		case "lslcu" -> lists.lcus(delim);
		case "lsckdvol" -> lists.ckdVolumes(delim, args.positional());
		case "lsioport" -> lists.ioPorts(delim);
		case "mkckdvol" -> List.of(make(args));
		case "chckdvol" -> List.of(expand(args));
		case "rmckdvol" -> List.of(remove(args));
		case "setioport" -> List.of(setPort(args));
		default -> List.of(unknown(args.command()));
		};
	}

	private String make(Args args) {
		String id = args.id();
		if (!id.matches("[0-9A-F]{4}")) {
			return usage("mkckdvol", "a volume ID of four hex digits is required");
		}
		synchronized (array) {
			StorageUnit unit = array.unit();
			if (device(id) != null) {
				return exists(id);
			}
			Volume pool = unit.getVolumes().stream().filter(v -> v.getName().equals(args.flags().get("-extpool")))
					.findFirst().orElse(null);
			if (pool == null) {
				return noPool(String.valueOf(args.flags().get("-extpool")));
			}
			CkdType type = type(args.flags().getOrDefault("-datatype", "3390"), args.flags().getOrDefault("-cap", ""));
			if (type == null) {
				return capacity("mkckdvol", args.flags().getOrDefault("-cap", ""));
			}
			CkdDevice device = RestripeFactory.eINSTANCE.createCkdDevice();
			device.setId(unit.getId() + "-" + id.toLowerCase(Locale.ROOT));
			device.setName(args.flags().getOrDefault("-name", id));
			device.setDeviceNumber(id);
			device.setDeviceType(type);
			device.setVolume(pool);
			unit.getCkdDevices().add(device);
			array.changed();
			return created(id);
		}
	}

	/** Dynamic volume expansion: more cylinders of the same family, after the question unless -quiet. */
	private String expand(Args args) throws IOException {
		String id = args.id();
		synchronized (array) {
			CkdDevice device = device(id);
			if (device == null) {
				return noVolume("chckdvol", id);
			}
			String cap = args.flags().getOrDefault("-cap", "");
			CkdType type = type(device.getDeviceType().getLiteral().substring(0, 4), cap);
			if (type == null) {
				return capacity("chckdvol", cap);
			}
			if (Capacities.cylinders(type) <= device.getCylinders()) {
				return shrink(id);
			}
			if (!args.flags().containsKey("-quiet") && !confirmed(expandQuestion(id))) {
				return "";
			}
			device.setDeviceType(type);
			array.changed();
			return modified(id);
		}
	}

	private String remove(Args args) throws IOException {
		String id = args.id();
		synchronized (array) {
			CkdDevice device = device(id);
			if (device == null) {
				return noVolume("rmckdvol", id);
			}
			if (!args.flags().containsKey("-quiet") && !confirmed(deleteQuestion(id))) {
				return "";
			}
			array.unit().getCkdDevices().remove(device);
			array.changed();
			return deleted(id);
		}
	}

	/** Sets an installed I/O port's topology; a port set to FICON becomes a FICON channel of the array. */
	private String setPort(Args args) {
		String id = args.id();
		String topology = args.flags().getOrDefault("-topology", "").toLowerCase(Locale.ROOT);
		if (!List.of("ficon", "scsi-fcp", "fc-al").contains(topology)) {
			return usage("setioport", "-topology must be ficon, scsi-fcp or fc-al");
		}
		synchronized (array) {
			if (!lists.installedPorts().contains(id)) {
				return noPort(id);
			}
			Port port = array.unit().getPorts().stream().filter(p -> id.equals(p.getName())).findFirst().orElse(null);
			if (port == null) {
				port = RestripeFactory.eINSTANCE.createPort();
				port.setId(array.unit().getId() + "-" + id.toLowerCase(Locale.ROOT));
				port.setName(id);
				port.setAddress(DsCliLists.wwpn(id));
				array.unit().getPorts().add(port);
			}
			port.setKind(topology.equals("ficon") ? ChannelKind.FICON : ChannelKind.FIBRE_CHANNEL);
			array.changed();
			return portConfigured(id);
		}
	}

	private boolean confirmed(String question) throws IOException {
		io.write(question + " ");
		String answer = io.readLine(false);
		return answer != null && answer.trim().equalsIgnoreCase("y");
	}

	private CkdDevice device(String id) {
		return array.unit().getCkdDevices().stream().filter(d -> id.equalsIgnoreCase(d.getDeviceNumber())).findFirst()
				.orElse(null);
	}

	/** The model type of that family and exactly that many cylinders; the simulator keeps standard sizes only. */
	private static CkdType type(String family, String cylinders) {
		for (CkdType type : CkdType.VALUES) {
			if (type.getLiteral().startsWith(family) && Integer.toString(Capacities.cylinders(type)).equals(cylinders)) {
				return type;
			}
		}
		return null;
	}
}
