package se.finsam.io.xlsx.ui.internal;

import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.XlsxExport;
import se.finsam.model.Project;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.store.AuditEntry;
import se.finsam.store.StoreException;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.ProjectEditorPages;
import se.finsam.ui.Session;

/**
 * File → Export to Excel…: the table the project editor shows — participants, budget, or (from the other pages) the
 * project's statistics — as it is on screen, unsaved edits included. Personnummer only when the user asks, for
 * internal use, and then recorded in the audit log.
 */
public class ExportHandler extends AbstractHandler {

	/** Which table of the project is written. */
	public enum What {
		PARTICIPANTS, BUDGET, STATISTICS
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!(HandlerUtil.getActiveEditor(event) instanceof ProjectEditorPages pages) || pages.project() == null) {
			MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_noEditor);
			return null;
		}
		What what = ProjectEditorInput.PARTICIPANTS.equals(pages.activePage()) ? What.PARTICIPANTS
				: ProjectEditorInput.BUDGET.equals(pages.activePage()) ? What.BUDGET : What.STATISTICS;
		Project project = pages.project();
		boolean personnummer = false;
		if (what == What.PARTICIPANTS) {
			int answer = new MessageDialog(shell, Messages.Export_title, null, Messages.Export_personnummerQuestion,
					MessageDialog.QUESTION, 0, Messages.Export_without, Messages.Export_with,
					org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL).open();
			if (answer < 0 || answer == 2) {
				return null;
			}
			personnummer = answer == 1;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx" });
		dialog.setOverwrite(true);
		dialog.setFileName(project.getDiarienummer().replace(':', '-') + "-" + switch (what) {
		case PARTICIPANTS -> Messages.Export_participantsFile;
		case BUDGET -> Messages.Export_budgetFile;
		case STATISTICS -> Messages.Export_statisticsFile;
		} + ".xlsx");
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		export(HandlerUtil.getActiveWorkbenchWindow(event).getService(Session.class), project, what, personnummer,
				Path.of(chosen));
		return null;
	}

	/**
	 * Writes {@code what} of the project, as it is now, to {@code file} in a Job. An export with personnummer is
	 * recorded in the store's audit log, as the command line's is, once the workbook is written and before it appears
	 * at its name; when it cannot be recorded no file appears and the Job says why.
	 *
	 * @return the scheduled Job
	 */
	public static Job export(Session session, Project project, What what, boolean personnummer, Path file) {
		// A copy taken now: the user may go on editing while the Job writes.
		Project copy = EcoreUtil.copy(project);
		Job job = Job.create(NLS.bind(Messages.Export_job, file.getFileName()), monitor -> {
			try {
				switch (what) {
				case PARTICIPANTS -> XlsxExport.participants(copy, personnummer, false, file, () -> {
					if (personnummer) {
						record(session, copy, file);
					}
				});
				case BUDGET -> XlsxExport.budget(copy, file);
				case STATISTICS -> XlsxExport.statistics(Statistics.compute(copy, new StatsQuery(null, null, true)), file);
				}
				return Status.OK_STATUS;
			} catch (SpreadsheetException e) {
				return Status.error(e.getMessage(), e);
			} catch (StoreException e) {
				return Status.error(NLS.bind(Messages.Export_notRecorded, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Who, when, which project and file; never the data. */
	private static void record(Session session, Project project, Path file) {
		session.store().record(new AuditEntry(Instant.now(), System.getProperty("user.name"),
				AuditEntry.EXPORT_PERSONAL, project.getId(), file.getFileName().toString(), Messages.Export_auditReason));
	}
}
