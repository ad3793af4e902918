package se.finsam.ui.editors.internal.reports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import se.finsam.core.Settings;
import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportException;
import se.finsam.reports.ReportService;
import se.finsam.reports.Templates;
import se.finsam.ui.editors.internal.Messages;

/** Preview (PDF in the system viewer) and export (a file of the user's choice), rendered in a Job. */
final class ReportOutput {

	private ReportOutput() {
	}

	static void run(Shell shell, Project project, Templates.Installed template, ReportInstance report, boolean preview) {
		Path target;
		ReportFormat format;
		if (preview) {
			format = ReportFormat.PDF;
			try {
				target = Files.createTempFile("finsam-forhandsgranskning-", ".pdf");
			} catch (java.io.IOException e) {
				MessageDialog.openError(shell, Messages.Reports_title, e.getMessage());
				return;
			}
		} else {
			format = Settings.load().reportFormat();
			FileDialog dialog = new FileDialog(shell, org.eclipse.swt.SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFilterExtensions(new String[] { "*.pdf", "*.docx", "*.xlsx", "*.html" });
			dialog.setFilterNames(new String[] { "PDF", "Word", "Excel", "HTML" });
			dialog.setFileName(report.getTitle().replaceAll("[\\\\/:*?\"<>|]", "-") + "." + format.extension());
			String chosen = dialog.open();
			if (chosen == null) {
				return;
			}
			target = Path.of(chosen);
			String name = target.getFileName().toString();
			ReportFormat byName = ReportFormat.parse(name.substring(name.lastIndexOf('.') + 1));
			format = byName != null ? byName : format;
		}
		render(shell, new RenderRequest(project, template, report, format, false), target, preview);
	}

	private static void render(Shell shell, RenderRequest request, Path target, boolean preview) {
		ReportService service = PlatformUI.getWorkbench().getService(ReportService.class);
		if (service == null) {
			MessageDialog.openError(shell, Messages.Reports_title, Messages.Reports_noEngine);
			return;
		}
		Job job = Job.create(NLS.bind(Messages.Reports_rendering, request.report().getTitle()), monitor -> {
			try {
				service.render(request, target);
				shell.getDisplay().asyncExec(() -> done(shell, target, preview));
				return Status.OK_STATUS;
			} catch (ReportException e) {
				return new Status(IStatus.ERROR, "se.finsam.ui.editors", e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private static void done(Shell shell, Path target, boolean preview) {
		if (preview && !Program.launch(target.toString())) {
			MessageDialog.openInformation(shell, Messages.Reports_title, NLS.bind(Messages.Reports_written, target));
		} else if (!preview && !shell.isDisposed()) {
			MessageDialog.openInformation(shell, Messages.Reports_title, NLS.bind(Messages.Reports_written, target));
		}
	}
}
