package org.restripe.ui.diagram.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Host;
import org.restripe.model.Lan;
import org.restripe.model.ManagementHost;
import org.restripe.model.Port;
import org.restripe.model.SerialPort;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.ui.diagram.commands.LanLink;

/**
 * Which connections start and end at a node. A channel is a storage unit's port cabled to a host, a LAN
 * link a host's (or the management host's) attachment to a LAN, a console link a serial line of the
 * management host wired to a storage unit. A folded array (a site too large to draw whole) shows no cable
 * until it is opened: connections only for what is shown.
 */
final class Links {
	private Links() {
	}

	/** folding: a folded array's channels and console link are not drawn until it is opened. */
	static List<Object> outgoing(EObject node, Folding folding) {
		List<Object> links = new ArrayList<>();
		if (node instanceof StorageUnit unit) {
			if (!folding.isFolded(unit)) {
				unit.getPorts().stream().filter(p -> p.getHost() != null).forEach(links::add);
			}
		} else if (node instanceof Host host) {
			host.getLans().forEach(lan -> links.add(new LanLink(host, lan)));
		} else if (node instanceof ManagementHost manager) {
			manager.getLans().forEach(lan -> links.add(new LanLink(manager, lan)));
			manager.getSerialPorts().stream().filter(p -> p.getConsole() != null && !folding.isFolded(p.getConsole()))
					.forEach(links::add);
		}
		return links;
	}

	static List<Object> incoming(EObject node, Folding folding) {
		List<Object> links = new ArrayList<>();
		if (!(EcoreUtil.getRootContainer(node) instanceof Site site)) {
			return links;
		}
		if (node instanceof Host host) {
			for (Subsystem subsystem : site.getSubsystems()) {
				for (StorageUnit unit : subsystem.getStorageUnits()) {
					if (!folding.isFolded(unit)) {
						unit.getPorts().stream().filter(p -> p.getHost() == host).forEach(links::add);
					}
				}
			}
		} else if (node instanceof Lan lan) {
			site.getHosts().stream().filter(h -> h.getLans().contains(lan)).forEach(h -> links.add(new LanLink(h, lan)));
			ManagementHost manager = site.getManagementHost();
			if (manager != null && manager.getLans().contains(lan)) {
				links.add(new LanLink(manager, lan));
			}
		} else if (node instanceof StorageUnit unit && site.getManagementHost() != null && !folding.isFolded(unit)) {
			site.getManagementHost().getSerialPorts().stream().filter(p -> p.getConsole() == unit).forEach(links::add);
		}
		return links;
	}

	static EObject source(Object link) {
		if (link instanceof Port port) {
			return port.eContainer();
		}
		if (link instanceof SerialPort line) {
			return line.eContainer();
		}
		return ((LanLink) link).node();
	}

	static EObject target(Object link) {
		if (link instanceof Port port) {
			return port.getHost();
		}
		if (link instanceof SerialPort line) {
			return line.getConsole();
		}
		return ((LanLink) link).lan();
	}
}
