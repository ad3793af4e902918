package se.finsam.reports;

import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;

/**
 * One report to render.
 *
 * @param project with its content loaded
 * @param report the answers and the period (from {@link ReportInstances#create})
 * @param internal true shows counts under five: only for reports that stay inside the förbund
 */
public record RenderRequest(Project project, Templates.Installed template, ReportInstance report, ReportFormat format,
		boolean internal) {
}
