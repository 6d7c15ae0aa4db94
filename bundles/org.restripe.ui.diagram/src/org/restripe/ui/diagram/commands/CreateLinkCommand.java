package org.restripe.ui.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.ChannelKind;
import org.restripe.model.DiagramElement;
import org.restripe.model.Host;
import org.restripe.model.Lan;
import org.restripe.model.ManagementHost;
import org.restripe.model.Port;
import org.restripe.model.RestripeFactory;
import org.restripe.model.SerialPort;
import org.restripe.model.StorageUnit;

/**
 * Draws a connection: a channel cables a free port of the array to the host (a new port if none is free),
 * a LAN link attaches a host to a LAN, a console link wires a free serial port of the management host (a
 * new one if none is free) to the array's console. Either end may be where the engineer started.
 */
public class CreateLinkCommand extends ModelCommand {
	private final LinkKind kind;
	private final EObject from;
	private EObject to;

	public CreateLinkCommand(LinkKind kind, EObject from) {
		super("Add " + kind.label());
		this.kind = kind;
		this.from = from;
	}

	public void setTarget(EObject target) {
		this.to = target;
	}

	@Override
	public boolean canExecute() {
		return to != null && kind.canJoin(from, to) && !alreadyLinked();
	}

	private boolean alreadyLinked() {
		if (kind == LinkKind.LAN_LINK) {
			return lans(node()).contains(lan());
		}
		return false;
	}

	private EObject end(Class<?> type) {
		return type.isInstance(from) ? from : to;
	}

	private DiagramElement node() {
		return (DiagramElement) (from instanceof Lan ? to : from);
	}

	private Lan lan() {
		return (Lan) end(Lan.class);
	}

	private static List<Lan> lans(DiagramElement node) {
		return node instanceof Host host ? host.getLans() : ((ManagementHost) node).getLans();
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		return switch (kind) {
		case CHANNEL -> List.of(end(StorageUnit.class));
		case LAN_LINK -> List.of(node());
		case CONSOLE_LINK -> List.of(end(ManagementHost.class));
		};
	}

	@Override
	protected void change() {
		switch (kind) {
		case CHANNEL -> cable((StorageUnit) end(StorageUnit.class), (Host) end(Host.class));
		case LAN_LINK -> lans(node()).add(lan());
		case CONSOLE_LINK -> wire((ManagementHost) end(ManagementHost.class), (StorageUnit) end(StorageUnit.class));
		}
	}

	private static void cable(StorageUnit unit, Host host) {
		Port port = unit.getPorts().stream().filter(p -> p.getHost() == null).findFirst().orElse(null);
		if (port == null) {
			port = RestripeFactory.eINSTANCE.createPort();
			port.setName(Ids.nextName("p", unit.getPorts()));
			port.setId(new Ids(EcoreUtil.getRootContainer(unit))
					.claim(unit.getId() + "-" + port.getName()));
			port.setKind(host.isMainframe() ? ChannelKind.ESCON : ChannelKind.FIBRE_CHANNEL);
			unit.getPorts().add(port);
		}
		port.setHost(host);
	}

	private static void wire(ManagementHost manager, StorageUnit unit) {
		SerialPort line = manager.getSerialPorts().stream().filter(p -> p.getConsole() == null).findFirst().orElse(null);
		if (line == null) {
			line = RestripeFactory.eINSTANCE.createSerialPort();
			line.setDevice("/dev/ttyS" + manager.getSerialPorts().size());
			line.setName(line.getDevice());
			line.setId(new Ids(EcoreUtil.getRootContainer(manager)).claim(manager.getId() + "-tty"));
			manager.getSerialPorts().add(line);
		}
		line.setConsole(unit);
	}
}
