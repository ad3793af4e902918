package se.finsam.reports;

import java.nio.file.Path;

/**
 * Renders reports with BIRT: one engine for the whole application, started in the background when this service
 * starts, so that the first report after start does not pay for it.
 */
public interface ReportService {

	/**
	 * Starts the engine if it is not running and renders a final report of a small example project that nobody
	 * sees, so that the classes of tables, charts and the PDF writer are loaded and compiled: the workbench calls it
	 * in the background after start.
	 */
	void warmUp() throws ReportException;

	/**
	 * Starts the engine if it is not running and renders one small page nobody sees: for a command that renders
	 * once, on another thread while it opens the store and loads its data (lighter than {@link #warmUp}, which
	 * would still be running when the real render starts).
	 */
	void prime() throws ReportException;

	/**
	 * Writes the report to {@code output} (replaced as a whole: a failed render leaves no half file). HTML puts
	 * its chart images in a folder beside the file.
	 */
	void render(RenderRequest request, Path output) throws ReportException;

	/**
	 * Makes sure the data location's {@code reports/} folder holds the library {@code finsam.rptlibrary} and the
	 * example {@code deltagarlista.rptdesign} (never overwriting the user's files); returns the folder.
	 */
	Path prepareDesignFolder(Path dataLocation) throws ReportException;

	/** Runs a power user's own {@code .rptdesign} against the documented SQL views of the open store. */
	void renderDesign(Path design, java.sql.Connection connection, se.finsam.core.Settings.ReportFormat format,
			Path output) throws ReportException;
}
