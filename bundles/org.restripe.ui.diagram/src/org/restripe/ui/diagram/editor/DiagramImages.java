package org.restripe.ui.diagram.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/** The whole diagram (nodes and connections, at 100%, whatever the zoom) as a PNG for reports and e-mail. */
public final class DiagramImages {
	private DiagramImages() {
	}

	public static void savePng(GraphicalViewer viewer, Path file) throws IOException {
		LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
		IFigure printable = layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
		Rectangle bounds = printable.getBounds();
		Image image = new Image(viewer.getControl().getDisplay(), Math.max(1, bounds.width), Math.max(1, bounds.height));
		GC gc = new GC(image);
		SWTGraphics graphics = new SWTGraphics(gc);
		try {
			graphics.translate(-bounds.x, -bounds.y);
			printable.paint(graphics);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (org.eclipse.swt.SWTException e) {
			throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
		} finally {
			graphics.dispose();
			gc.dispose();
			image.dispose();
		}
	}
}
