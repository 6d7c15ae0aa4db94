package org.restripe.ui.diagram.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.PaletteEntry;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.tests.UiTestSupport;

/**
 * Drives the site diagram editor the way an engineer does: real X input events through xdotool (mouse moves,
 * button presses, keys) while the UI thread dispatches them, so GEF's tools, handles and key handler run as
 * in production. Page-object style: tests say what to do ("drag this node by 60, 40"), the bot knows where
 * that is on the screen at the current zoom and scroll.
 */
public final class DiagramBot {
	private final SiteDiagramEditor editor;
	private final Display display;

	private DiagramBot(SiteDiagramEditor editor) {
		this.editor = editor;
		this.display = editor.getSite().getShell().getDisplay();
	}

	/** Opens the site file in the diagram editor, maximized so both zoom levels have room. */
	public static DiagramBot open(Path siteFile) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, siteFile);
		// the whole Xvfb screen, so the gestures at 200% stay clear of the canvas edges (GEF scrolls there)
		editor.getSite().getShell().setBounds(editor.getSite().getShell().getDisplay().getPrimaryMonitor().getBounds());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		DiagramBot bot = new DiagramBot(editor);
		bot.settle();
		return bot;
	}

	/** Opens the site file with the views still showing (the Sites view is a drag source), screen-sized window. */
	public static DiagramBot openBesideViews(Path siteFile) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, siteFile);
		editor.getSite().getShell().setBounds(editor.getSite().getShell().getDisplay().getPrimaryMonitor().getBounds());
		DiagramBot bot = new DiagramBot(editor);
		bot.settle();
		return bot;
	}

	/** Drives an editor already open (e.g. the desired design Design New Configuration opened). */
	public static DiagramBot of(SiteDiagramEditor editor) {
		DiagramBot bot = new DiagramBot(editor);
		bot.settle();
		return bot;
	}

	public SiteDiagramEditor editor() {
		return editor;
	}

	/** Closes the editor without saving: each test starts from its own copy of the site. */
	public void close() {
		IWorkbenchPage page = editor.getSite().getPage();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		page.closeEditor(editor, false);
		settle();
	}

	/** Lets the UI thread process every pending event, then a little longer for X round trips. */
	public void settle() {
		long until = System.currentTimeMillis() + 250;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
	}

	public void zoom(double level) {
		editor.zoomManager().setZoom(level);
		settle();
	}

	/** Scrolls the diagram so that model point (x, y) is near the canvas's top-left corner. */
	public void scrollToModel(int x, int y) {
		double zoom = editor.zoomManager().getZoom();
		((FigureCanvas) editor.getGraphicalViewer().getControl()).scrollTo((int) (x * zoom), (int) (y * zoom));
		settle();
	}

	/** Where a part's figure is on the screen (display coordinates), at the current zoom and scroll. */
	public Rectangle screenBounds(GraphicalEditPart part) {
		Rectangle r = part.getFigure().getBounds().getCopy();
		part.getFigure().translateToAbsolute(r);
		Point origin = part.getViewer().getControl().toDisplay(r.x, r.y);
		return new Rectangle(origin.x, origin.y, r.width, r.height);
	}

	/** The screen point of a model point on the site (absolute diagram coordinates). */
	public Point screenPointOfModel(int x, int y) {
		GraphicalEditPart site = (GraphicalEditPart) editor.getGraphicalViewer().getContents();
		// the site's freeform layout has its origin at 0,0: model and figure coordinates coincide at 100%
		org.eclipse.draw2d.geometry.Point p = new org.eclipse.draw2d.geometry.Point(x, y);
		site.getFigure().translateToAbsolute(p);
		return editor.getGraphicalViewer().getControl().toDisplay(p.x, p.y);
	}

	public Point center(GraphicalEditPart part) {
		Rectangle r = screenBounds(part);
		return new Point(r.x + r.width / 2, r.y + r.height / 2);
	}

	/**
	 * A screen point on the part's figure where a click reaches that part: the channels and console links are
	 * drawn above the nodes, so a figure's center can be under a connection.
	 */
	public Point pointOn(GraphicalEditPart part) {
		Rectangle r = screenBounds(part);
		Control canvas = viewer().getControl();
		for (int dy = r.height / 2; dy < r.height; dy += 3) {
			for (int dx = 4; dx < r.width; dx += 6) {
				Point local = canvas.toControl(r.x + dx, r.y + dy);
				if (viewer().findObjectAt(new org.eclipse.draw2d.geometry.Point(local.x, local.y)) == part) {
					return new Point(r.x + dx, r.y + dy);
				}
			}
		}
		throw new IllegalStateException("no point of " + part + " at " + r + " is free of other figures");
	}

	/** Clicks the palette entry with that label (the flyout palette is open and docked). */
	public void choosePaletteEntry(String label) {
		click(paletteEntryCenter(label));
	}

	/** Where the palette entry with that label is on the screen, to click or to drag from. */
	public Point paletteEntryCenter(String label) {
		PaletteViewer palette = editor.editDomain().getPaletteViewer();
		PaletteEntry entry = find(palette.getPaletteRoot(), label);
		if (entry == null) {
			throw new IllegalArgumentException("No palette entry " + label);
		}
		return center((GraphicalEditPart) palette.getEditPartRegistry().get(entry));
	}

	/** Whether the palette offers an entry with that label. */
	public boolean hasPaletteEntry(String label) {
		return find(editor.editDomain().getPaletteViewer().getPaletteRoot(), label) != null;
	}

	/** Back to the selection tool (GEF 3.2 keeps the connection tool after a connection). */
	public void chooseSelectionTool() {
		PaletteViewer palette = editor.editDomain().getPaletteViewer();
		click(center((GraphicalEditPart) palette.getEditPartRegistry().get(findSelection(palette.getPaletteRoot()))));
	}

	private static PaletteEntry find(PaletteContainer container, String label) {
		for (Object child : container.getChildren()) {
			if (child instanceof PaletteContainer inner) {
				PaletteEntry found = find(inner, label);
				if (found != null) {
					return found;
				}
			} else if (child instanceof PaletteEntry entry && label.equals(entry.getLabel())) {
				return entry;
			}
		}
		return null;
	}

	private static PaletteEntry findSelection(PaletteContainer container) {
		List<Object> queue = new ArrayList<>(container.getChildren());
		while (!queue.isEmpty()) {
			Object next = queue.remove(0);
			if (next instanceof SelectionToolEntry entry) {
				return entry;
			}
			if (next instanceof PaletteContainer inner) {
				queue.addAll(inner.getChildren());
			}
		}
		throw new IllegalStateException("The palette has no selection tool");
	}

	public void click(Point screen) {
		moveTo(screen);
		xdotool("click", "1");
	}

	/**
	 * Moves the pointer there and waits until it is there; xdotool's --sync waits for a motion that never
	 * comes (for seconds) when the pointer is already at that point, so that case needs no move.
	 */
	private void moveTo(Point screen) {
		if (!display.getCursorLocation().equals(screen)) {
			xdotool("mousemove", "--sync", Integer.toString(screen.x), Integer.toString(screen.y));
		}
	}

	/** A double click (two presses 80 ms apart, within GTK's double-click time) at that screen point. */
	public void doubleClick(Point screen) {
		moveTo(screen);
		xdotool("click", "--repeat", "2", "--delay", "80", "1");
	}

	/** A right click (the context menu) at that screen point. */
	public void rightClick(Point screen) {
		moveTo(screen);
		xdotool("click", "3");
	}

	/** Presses the left button at from, moves in steps (GEF needs moves past its drag threshold) and releases at to. */
	public void drag(Point from, Point to) {
		moveTo(from);
		xdotool("mousedown", "1");
		for (int step = 1; step <= 4; step++) {
			int x = from.x + (to.x - from.x) * step / 4;
			int y = from.y + (to.y - from.y) * step / 4;
			xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y));
		}
		xdotool("mouseup", "1");
	}

	/**
	 * A native drag and drop (GTK's XDND, e.g. from a tree into the canvas), as one chained xdotool run: SWT's
	 * tree detects a drag inside its mouse-down handler by polling for motion, so the moves must arrive while
	 * the UI thread is in there, not after it returns. Each move is an XDND round trip, hence the pauses.
	 */
	public void dragAndDrop(Point from, Point to) {
		moveTo(from);
		List<String> chain = new ArrayList<>(List.of("mousedown", "1", "sleep", "0.1"));
		for (int d = 4; d <= 20; d += 4) {
			chain.addAll(List.of("mousemove", Integer.toString(from.x + d), Integer.toString(from.y + d / 2),
					"sleep", "0.05"));
		}
		for (int step = 1; step <= 12; step++) {
			int x = from.x + 20 + (to.x - from.x - 20) * step / 12;
			int y = from.y + 10 + (to.y - from.y - 10) * step / 12;
			chain.addAll(List.of("mousemove", Integer.toString(x), Integer.toString(y), "sleep", "0.05"));
		}
		// a last wiggle over the target, so the drop target has answered XDND's position before the release
		chain.addAll(List.of("mousemove", Integer.toString(to.x + 1), Integer.toString(to.y), "sleep", "0.2",
				"mousemove", Integer.toString(to.x), Integer.toString(to.y), "sleep", "0.2", "mouseup", "1"));
		xdotool(chain.toArray(new String[0]));
		settle();
	}

	/** The screen center of a tree item, for dragging it. */
	public Point center(Tree tree, TreeItem item) {
		org.eclipse.swt.graphics.Rectangle r = item.getBounds();
		return tree.toDisplay(r.x + r.width / 2, r.y + r.height / 2);
	}

	/**
	 * A model point on the bare site (no node, subsystem or link under it) that is visible on the canvas,
	 * at least margin pixels inside the canvas's edges.
	 */
	public org.eclipse.draw2d.geometry.Point bareSitePoint(int margin) {
		Control canvas = viewer().getControl();
		org.eclipse.swt.graphics.Rectangle area = canvas.getBounds();
		for (int y = 10; y < 1200; y += 20) {
			for (int x = 20; x < 1600; x += 20) {
				Point local = canvas.toControl(screenPointOfModel(x, y));
				boolean visible = local.x > margin && local.y > margin && local.x < area.width - margin
						&& local.y < area.height - margin;
				// on bare ground GEF finds the site's part or, outside its freeform extent, the root part
				Object found = visible ? viewer().findObjectAt(new org.eclipse.draw2d.geometry.Point(local.x, local.y))
						: null;
				if (found != null && (found == viewer().getContents() || found == viewer().getRootEditPart())) {
					return new org.eclipse.draw2d.geometry.Point(x, y);
				}
			}
		}
		throw new IllegalStateException("no bare spot of the site is visible on the canvas " + area + "; at its center: "
				+ viewer().findObjectAt(new org.eclipse.draw2d.geometry.Point(area.width / 2, area.height / 2)));
	}

	/** Keys as xdotool names them: "F2", "Delete", "Return", "ctrl+z", "ctrl+shift+z". */
	public void key(String keys) {
		xdotool("key", keys);
	}

	public void type(String text) {
		xdotool("type", "--delay", "20", text);
	}

	/** Runs xdotool, then dispatches the events it caused; the UI thread must never wait on X alone. */
	private void xdotool(String... args) {
		if (System.getenv("RESTRIPE_TRACE_XDOTOOL") != null) {
			System.out.println("XDOTOOL " + System.currentTimeMillis() % 100000 + " " + String.join(" ", args));
		}
		List<String> command = new ArrayList<>(List.of("xdotool"));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			while (process.isAlive()) {
				if (!display.readAndDispatch()) {
					Thread.sleep(5);
				}
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(command + " failed: " + new String(process.getInputStream().readAllBytes()));
			}
		} catch (IOException e) {
			throw new IllegalStateException("xdotool is needed for the UI tests (apt-get install xdotool)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while driving " + command, e);
		}
		settle();
	}

	/** A PNG of the workbench window under target/screenshots (or -Drestripe.screenshots). */
	public Path screenshot(String name) throws IOException {
		return UiTestSupport.screenshot(editor.getSite().getShell(), name);
	}

	/** The viewer, for finding parts by model element. */
	public EditPartViewer viewer() {
		return editor.getGraphicalViewer();
	}

	public GraphicalEditPart partOf(Object model) {
		return (GraphicalEditPart) viewer().getEditPartRegistry().get(model);
	}
}
