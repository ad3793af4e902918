package se.finsam.io.xlsx.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportResult;
import se.finsam.store.StoreException;
import se.finsam.ui.Session;

/**
 * Choose a file → preview (the first rows, how each heading was understood, editable, and every problem) → import.
 * Reading and checking run in the wizard with progress and cancel; storing runs as a Job afterwards.
 */
public final class DisImportWizard extends Wizard {

	final Session session;
	final FilePage filePage;
	final PreviewPage previewPage;
	/** The user's own mapping: heading → column id or extra attribute treatment, as {@link ImportOptions#mapping()}. */
	final Map<String, String> mapping = new LinkedHashMap<>();
	ImportPreview preview;
	/** Set when the store Job has finished (tests wait for it). */
	volatile Job storeJob;

	public DisImportWizard(Session session) {
		this.session = session;
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(true);
		filePage = new FilePage(this);
		previewPage = new PreviewPage(this);
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(previewPage);
	}

	ImportOptions options() {
		return new ImportOptions(filePage.project(), filePage.createProjects(), filePage.validRowsOnly(), mapping, null);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && preview != null && preview.storable();
	}

	@Override
	public boolean performFinish() {
		ImportPreview chosen = preview;
		Shell shell = getShell() == null ? null : getShell().getParent() instanceof Shell s ? s : null;
		String association = filePage.associationId();
		MappingMemory.save(association, mapping);
		Job job = Job.create(Messages.Import_job, monitor -> {
			monitor.beginTask(Messages.Import_job, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
			try {
				ImportResult result = DisImport.store(chosen, session.store());
				session.reload(monitor);
				session.fireChanged(null);
				String summary = summary(result);
				lastSummary = summary;
				if (shell != null && !shell.isDisposed()) {
					shell.getDisplay().asyncExec(() -> {
						if (!shell.isDisposed()) {
							MessageDialog.openInformation(shell, Messages.Import_title, summary);
						}
					});
				}
				return Status.info(summary);
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		storeJob = job;
		return true;
	}

	/**
	 * What the import did, as she would say it: "73 importerade, 0 ändrade, 0 oförändrade, 1 utelämnad", and the
	 * insatser it created.
	 */
	static String summary(ImportResult result) {
		String text = java.text.MessageFormat.format(Messages.Import_summary, result.created(), result.updated(),
				result.unchanged(), result.skipped());
		return result.projectsCreated().isEmpty() ? text
				: text + " " + NLS.bind(Messages.Import_summaryProjects, String.join(", ", result.projectsCreated()));
	}

	/** Tests: the last import's summary. */
	public volatile String lastSummary;

	public Job storeJob() {
		return storeJob;
	}

	public FilePage filePage() {
		return filePage;
	}

	public PreviewPage previewPage() {
		return previewPage;
	}

	/** What the Columns tab does when she chooses: the heading is read as this column id or treatment. */
	public void decide(String heading, String choice) {
		mapping.put(ImportOptions.normalize(heading), choice);
		preview = null;
	}

	public ImportPreview preview() {
		return preview;
	}
}
