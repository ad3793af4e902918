package se.finsam.reports.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * A drawing as a PNG picture, for Word: BIRT's own conversion of an SVG image finds no PNG writer under OSGi (Batik
 * looks its writers up as services) and leaves Word an empty link, so the picture is painted by Batik here and
 * written by the JDK. Its size in pixels is the drawing's own (twice its points: sharp on paper).
 */
final class PngPicture extends ImageTranscoder {

	private BufferedImage image;

	static byte[] of(String svg) throws IOException {
		PngPicture painter = new PngPicture();
		painter.addTranscodingHint(KEY_BACKGROUND_COLOR, Color.WHITE);
		try {
			painter.transcode(new TranscoderInput(new StringReader(svg)),
					new TranscoderOutput(OutputStream.nullOutputStream()));
		} catch (TranscoderException e) {
			throw new IOException("A chart could not be drawn: " + e.getMessage(), e);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(painter.image, "png", png);
		return png.toByteArray();
	}

	@Override
	public BufferedImage createImage(int width, int height) {
		return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
	}

	@Override
	public void writeImage(BufferedImage painted, TranscoderOutput output) {
		image = painted;
	}
}
