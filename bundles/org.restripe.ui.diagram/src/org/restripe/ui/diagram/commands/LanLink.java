package org.restripe.ui.diagram.commands;

import org.restripe.model.DiagramElement;
import org.restripe.model.Lan;

/**
 * A host's or the management host's Ethernet attachment to a LAN. The model holds it as a plain reference
 * (node.lans), so the diagram needs this value object to draw and select it as a connection.
 */
public record LanLink(DiagramElement node, Lan lan) {
}
