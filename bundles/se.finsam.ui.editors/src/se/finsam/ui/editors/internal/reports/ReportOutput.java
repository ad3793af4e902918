package se.finsam.ui.editors.internal.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

import se.finsam.core.Settings;
import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportException;
import se.finsam.reports.ReportService;
import se.finsam.reports.Templates;
import se.finsam.ui.editors.internal.Messages;

/**
 * Preview (the PDF drawn in the workbench, nothing left on disk) and export (a file in the user's documents,
 * named by diarienummer, report and period, in the format the user picked), rendered in a Job.
 */
public final class ReportOutput {

	/** The formats offered, in the order of the file dialog's filters. */
	static final ReportFormat[] FORMATS = { ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX, ReportFormat.HTML };
	/** A test chooses the file (and the filter) instead of the file dialog: index of the format and the path. */
	public static Function<FileDialog, String> chooser = FileDialog::open;

	private ReportOutput() {
	}

	static void preview(IWorkbenchPage page, Project project, Templates.Installed template, ReportInstance report) {
		Shell shell = page.getWorkbenchWindow().getShell();
		ReportService service = service(shell);
		if (service == null) {
			return;
		}
		RenderRequest request = new RenderRequest(project, template, report, ReportFormat.PDF, false);
		Job job = Job.create(NLS.bind(Messages.Reports_rendering, report.getTitle()), monitor -> {
			Path temp = null;
			try {
				temp = Files.createTempFile(se.finsam.core.PrivateFiles.workFolder(), "forhandsgranskning-", ".pdf");
				service.render(request, temp);
				byte[] pdf = Files.readAllBytes(temp);
				shell.getDisplay().asyncExec(() -> openPreview(page, project, template, report, pdf));
				return Status.OK_STATUS;
			} catch (ReportException | IOException e) {
				return new Status(IStatus.ERROR, "se.finsam.ui.editors", e.getMessage(), e);
			} finally {
				deleteQuietly(temp);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private static void openPreview(IWorkbenchPage page, Project project, Templates.Installed template,
			ReportInstance report, byte[] pdf) {
		Shell shell = page.getWorkbenchWindow().getShell();
		try {
			page.openEditor(new PreviewEditor.Input(title(project, report), pdf,
					() -> export(shell, project, template, report)), PreviewEditor.ID);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	static void export(Shell shell, Project project, Templates.Installed template, ReportInstance report) {
		ReportFormat preferred = Settings.load().reportFormat();
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Reports_exportTitle);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*.pdf", "*.docx", "*.xlsx", "*.html" });
		dialog.setFilterNames(new String[] { Messages.Reports_filterPdf, Messages.Reports_filterWord,
				Messages.Reports_filterExcel, Messages.Reports_filterHtml });
		int preferredIndex = java.util.Arrays.asList(FORMATS).indexOf(preferred);
		dialog.setFilterIndex(Math.max(0, preferredIndex));
		dialog.setFilterPath(documents().toString());
		dialog.setFileName(fileName(project, report) + "." + (preferred == null ? "pdf" : preferred.extension()));
		String chosen = chooser.apply(dialog);
		if (chosen == null) {
			return;
		}
		Path target = withExtension(Path.of(chosen), dialog.getFilterIndex(), preferred);
		ReportFormat format = formatOf(target);
		ReportService service = service(shell);
		if (service == null) {
			return;
		}
		RenderRequest request = new RenderRequest(project, template, report, format, false);
		Job job = Job.create(NLS.bind(Messages.Reports_rendering, report.getTitle()), monitor -> {
			try {
				service.render(request, target);
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						written(shell, target);
					}
				});
				return Status.OK_STATUS;
			} catch (ReportException e) {
				return new Status(IStatus.ERROR, "se.finsam.ui.editors", e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		lastJob = job;
	}

	/** Saved: open the file, or its folder, from here, as she would next. */
	private static void written(Shell shell, Path target) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Reports_title, null,
				NLS.bind(Messages.Reports_written, target), MessageDialog.INFORMATION, 0, Messages.Reports_openFile,
				Messages.Reports_openFolder, Messages.Reports_close);
		int answer = dialog.open();
		if (answer == 0 || answer == 1) {
			Path open = answer == 0 ? target : target.getParent();
			if (!Program.launch(open.toString())) {
				MessageDialog.openWarning(shell, Messages.Reports_title, NLS.bind(Messages.Reports_openFailed, open));
			}
		}
	}

	/** Tests: the last export's Job. */
	public static volatile Job lastJob;

	/**
	 * The file's format and extension agree, and follow what the user chose: a format picked in the dialog's list
	 * wins over the extension the suggested name came with; an extension she typed herself wins over the list; a
	 * name without one gets the list's. So no PDF is ever named .docx.
	 */
	static Path withExtension(Path chosen, int filterIndex, ReportFormat suggested) {
		ReportFormat picked = filterIndex >= 0 && filterIndex < FORMATS.length ? FORMATS[filterIndex] : null;
		ReportFormat named = formatOf(chosen);
		ReportFormat format = named == null ? (picked == null ? ReportFormat.PDF : picked)
				: named == suggested && picked != null ? picked : named;
		String name = chosen.getFileName().toString();
		String base = named == null ? name : name.substring(0, name.lastIndexOf('.'));
		return chosen.resolveSibling(base + "." + format.extension());
	}

	static ReportFormat formatOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? null : ReportFormat.parse(name.substring(dot + 1));
	}

	/** "2019/12 Slutrapport 2019-09-01–2022-08-31": which report of which insats, for which period. */
	static String title(Project project, ReportInstance report) {
		Period p = report.getPeriod();
		String period = p == null || p.getStart() == null && p.getEnd() == null ? ""
				: " " + (p.getStart() == null ? "" : p.getStart()) + "–" + (p.getEnd() == null ? "" : p.getEnd());
		return (project.getDiarienummer() + " " + report.getTitle() + period).replaceAll("\\s+", " ").strip();
	}

	/** The title as a file name ("2019-12 Slutrapport …"), readable in a folder of many. */
	static String fileName(Project project, ReportInstance report) {
		return title(project, report).replaceAll("[\\\\/:*?\"<>|]", "-");
	}

	/** The user's documents folder (XDG's, e.g. ~/Dokument), else the home folder. */
	static Path documents() {
		Path home = Path.of(System.getProperty("user.home"));
		Path dirs = home.resolve(".config/user-dirs.dirs");
		try {
			if (Files.isRegularFile(dirs)) {
				for (String line : Files.readAllLines(dirs)) {
					if (line.startsWith("XDG_DOCUMENTS_DIR=")) {
						String value = line.substring(line.indexOf('=') + 1).replace("\"", "").replace("$HOME",
								home.toString());
						if (Files.isDirectory(Path.of(value))) {
							return Path.of(value);
						}
					}
				}
			}
		} catch (IOException e) {
			// the usual names below
		}
		for (String name : new String[] { "Dokument", "Documents" }) {
			if (Files.isDirectory(home.resolve(name))) {
				return home.resolve(name);
			}
		}
		return home;
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// gone with the next rendering's folder clean-up at worst
		}
	}

	private static ReportService service(Shell shell) {
		ReportService service = PlatformUI.getWorkbench().getService(ReportService.class);
		if (service == null) {
			MessageDialog.openError(shell, Messages.Reports_title, Messages.Reports_noEngine);
		}
		return service;
	}
}
