package se.finsam.reports.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.birt.report.engine.api.HTMLCompleteImageHandler;
import org.eclipse.birt.report.engine.api.IImage;

/**
 * BIRT's handler for an HTML report's pictures, linking them relative to the page ({@code ./Rapport.html-bilder/
 * design1.svg}). BIRT's own links them as {@code file:} URLs of this computer whenever the report goes to a stream,
 * as ours does (through a temporary file), and ignores the base image URL: a page sent on or moved with its folder
 * then showed no charts.
 */
final class RelativeImages extends HTMLCompleteImageHandler {

	private final Path folder;

	/** {@code folder}: where BIRT writes the pictures (the render option's image directory), beside the page. */
	RelativeImages(Path folder) {
		this.folder = folder;
	}

	@Override
	protected String handleImage(IImage image, Object context, String prefix, boolean needMap) {
		return relative(super.handleImage(image, context, prefix, needMap));
	}

	/** The link to a picture BIRT wrote into the folder, relative to the page; any other link as it is. */
	String relative(String url) {
		if (url == null) {
			return null;
		}
		String name = url.substring(url.lastIndexOf('/') + 1);
		if (name.isEmpty() || !Files.isRegularFile(folder.resolve(name))) {
			return url;
		}
		try { // "./" first: a folder name with a colon would otherwise read as a scheme
			return new URI(null, null, "./" + folder.getFileName() + "/" + name, null).toASCIIString();
		} catch (URISyntaxException e) {
			return url;
		}
	}
}
