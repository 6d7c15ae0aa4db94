package org.restripe.ui.diagram.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;

/** How each kind of connection is drawn: channels heavy and blue, LAN links dashed green, console lines dotted. */
public final class LinkFigures {
	private LinkFigures() {
	}

	public static PolylineConnection channel() {
		PolylineConnection c = new PolylineConnection();
		c.setForegroundColor(Palette.CHANNEL);
		c.setLineWidth(2);
		return c;
	}

	public static PolylineConnection lanLink() {
		PolylineConnection c = new PolylineConnection();
		c.setForegroundColor(Palette.LAN_LINK);
		c.setLineStyle(Graphics.LINE_DASH);
		return c;
	}

	public static PolylineConnection consoleLink() {
		PolylineConnection c = new PolylineConnection();
		c.setForegroundColor(Palette.CONSOLE_LINK);
		c.setLineStyle(Graphics.LINE_DOT);
		PolygonDecoration arrow = new PolygonDecoration();
		arrow.setScale(6, 3);
		c.setTargetDecoration(arrow);
		return c;
	}
}
