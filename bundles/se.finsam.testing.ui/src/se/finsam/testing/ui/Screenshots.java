package se.finsam.testing.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** PNG screenshots of real shells, saved under {@code target/screenshots/} for people to look at. */
public final class Screenshots {

	private Screenshots() {
	}

	/** Paints pending events, then saves the shell's area of the screen; returns the file. */
	public static Path save(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		shell.forceActive();
		shell.redraw();
		shell.update();
		while (display.readAndDispatch()) {
			// let the window paint
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		// Printing the shell paints every control, custom-drawn ones (NatTable) included, into the image, whatever
		// the X server has shown so far.
		GC gc = new GC(image);
		try {
			if (!shell.print(gc)) {
				gc.dispose();
				gc = new GC(display);
				gc.copyArea(image, bounds.x, bounds.y);
			}
		} finally {
			gc.dispose();
		}
		try {
			Path dir = Path.of(System.getProperty("finsam.screenshots", "target/screenshots"));
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}

	/** How many distinct colours the picture has: a blank or black capture has one or two. */
	public static int distinctColours(Path png) {
		ImageData data = new ImageLoader().load(png.toString())[0];
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < data.height; y += 4) {
			for (int x = 0; x < data.width; x += 4) {
				colours.add(data.getPixel(x, y));
			}
		}
		return colours.size();
	}
}
