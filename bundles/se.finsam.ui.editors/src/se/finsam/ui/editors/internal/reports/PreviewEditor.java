package se.finsam.ui.editors.internal.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

import se.finsam.ui.ReadOnlyEditor;
import se.finsam.ui.editors.internal.Messages;

/**
 * The report as the board will get it, inside the workbench: the rendered PDF's pages drawn one under the other
 * (PDFBox), each only when it scrolls into view, so a 200-page listing opens as fast as a 5-page report. The PDF
 * is held in memory; no file is left behind.
 */
public class PreviewEditor extends ReadOnlyEditor {

	public static final String ID = "se.finsam.ui.editors.preview";
	private static final float SCALE = 96f / 72f;
	private static final int CACHED = 8;

	/** What is previewed: the PDF's bytes, a title, and what Exportera… does from here. */
	public record Input(String title, byte[] pdf, Runnable export) implements ReadOnlyEditor.Input {

		@Override
		public String getName() {
			return title;
		}
	}

	private PDDocument document;
	private PDFRenderer renderer;
	private final Map<Integer, Image> images = new LinkedHashMap<>(16, 0.75f, true);
	private final List<Canvas> pages = new ArrayList<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof Input in)) {
			throw new PartInitException(Messages.Preview_wrongInput);
		}
		setSite(site);
		setInput(input);
		setPartName(NLS.bind(Messages.Preview_tab, in.title()));
		try {
			document = Loader.loadPDF(in.pdf());
			renderer = new PDFRenderer(document);
		} catch (IOException e) {
			throw new PartInitException(NLS.bind(Messages.Preview_unreadable, e.getMessage()), e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Label info = new Label(bar, SWT.NONE);
		info.setText(NLS.bind(Messages.Preview_pages, document.getNumberOfPages()));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(info);
		Button export = new Button(bar, SWT.PUSH);
		export.setText(Messages.Reports_export);
		export.setToolTipText(Messages.Preview_exportTip);
		export.addListener(SWT.Selection, e -> ((Input) getEditorInput()).export().run());

		ScrolledComposite scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		Composite sheet = new Composite(scroller, SWT.NONE);
		// Mid grey, as a PDF viewer shows the desk around white pages: the desktop's dark shadow is black on GTK's
		// default theme, and white (the CSS theme's, until it went) hid where one page ends.
		sheet.setBackground(new Color(0x80, 0x80, 0x80));
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 16).applyTo(sheet);
		for (int i = 0; i < document.getNumberOfPages(); i++) {
			PDRectangle box = document.getPage(i).getMediaBox();
			int rotation = document.getPage(i).getRotation();
			boolean turned = rotation == 90 || rotation == 270;
			int w = Math.round((turned ? box.getHeight() : box.getWidth()) * SCALE);
			int h = Math.round((turned ? box.getWidth() : box.getHeight()) * SCALE);
			Canvas page = new Canvas(sheet, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
			GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).grab(true, false).hint(w, h).applyTo(page);
			int index = i;
			page.addPaintListener(e -> e.gc.drawImage(image(index), 0, 0));
			pages.add(page);
		}
		scroller.setContent(sheet);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(sheet.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		scroller.getVerticalBar().setIncrement(40);
		scroller.getVerticalBar().setPageIncrement(400);
	}

	/** The page drawn (rendered the first time it shows; the last few kept). */
	private Image image(int index) {
		Image image = images.get(index);
		if (image == null) {
			try {
				BufferedImage rendered = renderer.renderImage(index, SCALE);
				image = new Image(getSite().getShell().getDisplay(), convert(rendered));
			} catch (IOException e) {
				image = new Image(getSite().getShell().getDisplay(), 10, 10);
			}
			images.put(index, image);
			if (images.size() > CACHED) {
				var eldest = images.entrySet().iterator().next();
				eldest.getValue().dispose();
				images.remove(eldest.getKey());
			}
		}
		return image;
	}

	private static ImageData convert(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			image.getRGB(0, y, w, 1, row, 0, w);
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}

	/** Tests: how many pages, and how many have been drawn. */
	public int pageCount() {
		return pages.size();
	}

	public int drawn() {
		return images.size();
	}

	@Override
	public void setFocus() {
		if (!pages.isEmpty()) {
			pages.get(0).getParent().setFocus();
		}
	}

	@Override
	public void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
		try {
			if (document != null) {
				document.close();
			}
		} catch (IOException e) {
			// nothing held outside memory
		}
		super.dispose();
	}

}
