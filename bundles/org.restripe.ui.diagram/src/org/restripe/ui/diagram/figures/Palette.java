package org.restripe.ui.diagram.figures;

import org.eclipse.swt.graphics.Color;

/** The diagram's colours: one fill per kind of node, and the marks for review findings and changes. */
public final class Palette {
	public static final Color SUBSYSTEM = new Color(236, 240, 246);
	public static final Color STORAGE_UNIT = new Color(255, 250, 235);
	public static final Color HOST = new Color(230, 242, 255);
	public static final Color LAN = new Color(226, 244, 226);
	public static final Color MANAGEMENT_HOST = new Color(240, 232, 250);
	public static final Color MODEM = new Color(245, 240, 230);
	public static final Color OUTLINE = new Color(90, 96, 110);
	public static final Color TEXT = new Color(20, 20, 30);
	public static final Color SUBTEXT = new Color(90, 90, 100);
	/** Amber and orange: apart from every node's fill, the blue channels and the red and orange markers. */
	public static final Color CHANGED_FILL = new Color(255, 214, 150);
	public static final Color CHANGED_LINE = new Color(200, 90, 0);
	public static final Color ERROR = new Color(210, 30, 30);
	public static final Color WARNING = new Color(235, 150, 20);
	public static final Color MARKER_TEXT = new Color(255, 255, 255);
	public static final Color CHANNEL = new Color(30, 70, 160);
	public static final Color LAN_LINK = new Color(40, 130, 60);
	public static final Color CONSOLE_LINK = new Color(120, 120, 120);

	private Palette() {
	}
}
