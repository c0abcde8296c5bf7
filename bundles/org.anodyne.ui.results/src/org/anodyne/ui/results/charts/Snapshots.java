package org.anodyne.ui.results.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.anodyne.io.AtomicFiles;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** What a figure widget looks like on screen, as a picture, and written as PNG. */
public final class Snapshots {

	private Snapshots() {
	}

	/** A white picture of the given size with what {@code painter} draws on it. */
	public static ImageData paint(Display display, int width, int height, Consumer<GC> painter) {
		Image image = new Image(display, width, height);
		try {
			GC gc = new GC(image);
			try {
				gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle(0, 0, width, height);
				painter.accept(gc);
			} finally {
				gc.dispose();
			}
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	/** Writes a picture as PNG through {@link AtomicFiles}. */
	public static void writePng(ImageData picture, Path file) throws IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { picture };
		AtomicFiles.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
	}
}
