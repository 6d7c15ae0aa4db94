package org.restripe.ui.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.restripe.model.Host;
import org.restripe.model.ManagementHost;
import org.restripe.model.Port;
import org.restripe.model.SerialPort;

/**
 * Removes a connection. The port or serial line is hardware and stays, only its cable is taken away; a LAN
 * link is the host's attachment to the LAN and goes.
 */
public class DeleteLinkCommand extends ModelCommand {
	private final Object link;

	public DeleteLinkCommand(Object link) {
		super("Delete connection");
		this.link = link;
	}

	@Override
	protected Collection<? extends Notifier> scope() {
		if (link instanceof LanLink lanLink) {
			return List.of(lanLink.node());
		}
		return List.of((Notifier) link);
	}

	@Override
	protected void change() {
		if (link instanceof Port port) {
			port.setHost(null);
		} else if (link instanceof SerialPort line) {
			line.setConsole(null);
		} else if (link instanceof LanLink lanLink) {
			if (lanLink.node() instanceof Host host) {
				host.getLans().remove(lanLink.lan());
			} else if (lanLink.node() instanceof ManagementHost manager) {
				manager.getLans().remove(lanLink.lan());
			}
		}
	}
}
