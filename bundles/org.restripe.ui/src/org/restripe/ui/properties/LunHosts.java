package org.restripe.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;

/**
 * The hosts a LUN is mapped to, typed by host name ("dbserver, webserver1"). A host added gets a mapping
 * under the lowest LUN number that host does not use on the array yet; a host left out loses its mapping.
 */
final class LunHosts {
	/** The property's id in the LUN's sheet (the model has mappings, not a list of hosts on the LUN). */
	static final Object ID = new Object() {
		@Override
		public String toString() {
			return "hosts";
		}
	};

	private final Lun lun;
	private final StorageUnit unit;

	LunHosts(Lun lun) {
		this.lun = lun;
		this.unit = (StorageUnit) lun.eContainer();
	}

	private List<LunMapping> mappings() {
		return unit.getMappings().stream().filter(m -> m.getLun() == lun).toList();
	}

	/** "dbserver (LUN 0)" per mapping, as the engineer reads it. */
	String shown() {
		return mappings().stream().map(m -> name(m.getHost()) + " (LUN " + m.getLunNumber() + ")")
				.collect(Collectors.joining(", "));
	}

	/** What the cell holds for editing: the host names only. */
	String typed() {
		return mappings().stream().map(m -> name(m.getHost())).collect(Collectors.joining(", "));
	}

	private List<Host> siteHosts() {
		EObject root = EcoreUtil.getRootContainer(lun);
		return root instanceof Site site ? site.getHosts() : List.of();
	}

	/** Null when every typed name is a host of the site, else which is not and which hosts there are. */
	String problem(String field, String text) {
		for (String name : names(text)) {
			if (host(name) == null) {
				return field + ": the site has no host " + name + "; hosts: "
						+ siteHosts().stream().map(LunHosts::name).collect(Collectors.joining(", "));
			}
		}
		return null;
	}

	void set(String text) {
		Set<Host> wanted = new LinkedHashSet<>();
		names(text).forEach(n -> wanted.add(host(n)));
		for (LunMapping mapping : mappings()) {
			if (!wanted.remove(mapping.getHost())) {
				unit.getMappings().remove(mapping);
			}
		}
		for (Host host : wanted) {
			LunMapping mapping = RestripeFactory.eINSTANCE.createLunMapping();
			mapping.setId(freeId(lun.getId() + "-" + host.getId()));
			mapping.setName(lun.getName() + "-" + name(host));
			mapping.setLun(lun);
			mapping.setHost(host);
			mapping.setLunNumber(freeLunNumber(host));
			unit.getMappings().add(mapping);
		}
	}

	private int freeLunNumber(Host host) {
		Set<Integer> used = unit.getMappings().stream().filter(m -> m.getHost() == host)
				.map(LunMapping::getLunNumber).collect(Collectors.toSet());
		int n = 0;
		while (used.contains(n)) {
			n++;
		}
		return n;
	}

	private String freeId(String base) {
		Set<String> ids = new LinkedHashSet<>();
		EcoreUtil.getRootContainer(lun).eAllContents().forEachRemaining(o -> {
			if (o instanceof org.restripe.model.Identified i && i.getId() != null) {
				ids.add(i.getId());
			}
		});
		String id = base;
		for (int i = 2; ids.contains(id); i++) {
			id = base + "-" + i;
		}
		return id;
	}

	private static List<String> names(String text) {
		List<String> names = new ArrayList<>();
		for (String name : (text == null ? "" : text).split("[,\\s]+")) {
			if (!name.isBlank()) {
				names.add(name.trim());
			}
		}
		return names;
	}

	private Host host(String name) {
		return siteHosts().stream().filter(h -> name.equalsIgnoreCase(name(h)) || name.equals(h.getId())).findFirst()
				.orElse(null);
	}

	private static String name(Host host) {
		return host == null ? "" : host.getName() != null ? host.getName() : host.getId();
	}
}
