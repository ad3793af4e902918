package se.finsam.ui.editors.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

import se.finsam.core.Formats;
import se.finsam.core.Settings;
import se.finsam.model.Association;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Project;
import se.finsam.model.validation.Problem;
import se.finsam.store.LoadCancelledException;
import se.finsam.store.LoadProgress;
import se.finsam.store.StaleDataException;
import se.finsam.store.StoreException;
import se.finsam.ui.HelpTopics;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.ProjectEditorPages;
import se.finsam.ui.Session;
import se.finsam.ui.editors.internal.budget.BudgetPage;
import se.finsam.ui.editors.internal.participants.ParticipantsPage;

/**
 * The editor of one project (insats): its fields, goals, analysis, participants and budget on pages of one form,
 * with one command stack (undo and redo across all pages) and one save, written in one transaction in a Job.
 * Saving is refused, with the reasons, while errors remain; a stale save loses nothing.
 */
public class ProjectEditor extends FormEditor
		implements ProjectEditorPages, IEditingDomainProvider, ISaveablePart2, HelpTopics.Contextual {

	private Session session;
	private Project project;
	private EditingContext context;
	private String pendingParticipant;
	private boolean disposed;
	/** The pages' own titles, before any error count is added to them. */
	private final Map<String, String> titles = new java.util.HashMap<>();
	/** A save Job is writing (exit waits for it). */
	private volatile boolean saving;
	private EditAnnouncement announcement;
	/** Why the content is not shown (null while loading or when loaded), and whether loading again may help. */
	private String unavailable;
	private boolean retryHelps;
	/** A reader's view: the budget without the rest of the content, and her suppressed participant count. */
	private volatile boolean budgetOnly;
	private volatile int readerCount;
	private volatile se.finsam.store.PublishedFigures published;
	/** The session loaded the projects again (an import, another team member's save): see {@link #reloaded}. */
	private final Session.Listener reloads = new Session.Listener() {
		@Override
		public void changed(Object element) {
			reloaded();
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		if (!(input instanceof ProjectEditorInput in)) {
			throw new PartInitException(Messages.Editor_wrongInput);
		}
		session = site.getService(Session.class);
		if (!session.isOpen()) {
			throw new PartInitException(Messages.Editor_notOpen);
		}
		project = session.associations().stream().filter(a -> a.getId().equals(in.associationId()))
				.flatMap(a -> a.getProjects().stream()).filter(p -> p.getId().equals(in.projectId())).findFirst()
				.orElseThrow(() -> new PartInitException(NLS.bind(Messages.Editor_noProject, in.getName())));
		ensureParts(project);
		context = new EditingContext(project);
		context.setReadOnly(session.store().readOnly());
		announcement = new EditAnnouncement(session, project.getId());
		context.stack().addCommandStackListener(e -> Display.getDefault().asyncExec(() -> {
			if (!disposed) {
				firePropertyChange(IEditorPart.PROP_DIRTY);
				announcement.dirty(isDirty());
				updateTitle();
			}
		}));
		session.addListener(reloads);
		pendingParticipant = in.participantCode();
		updateTitle();
	}

	/** Empty period, dropout and signature objects, so their fields can be bound; not a change of data. */
	private static void ensureParts(Project p) {
		FinsamFactory f = FinsamFactory.eINSTANCE;
		if (p.getGrantedPeriod() == null) {
			p.setGrantedPeriod(f.createPeriod());
		}
		if (p.getDropout() == null) {
			p.setDropout(f.createDropout());
		}
		if (p.getSignature() == null) {
			p.setSignature(f.createSignature());
		}
	}

	@Override
	protected void addPages() {
		try {
			addPage(new OverviewPage(this));
			addPage(new ContentPage(this));
			addPage(new GoalsPage(this));
			addPage(new AnalysisPage(this));
			// A team server's reader sees no participant: the figures published for her instead.
			addPage(context.readOnly() ? new se.finsam.ui.editors.internal.participants.PublishedFiguresPage(this)
					: new ParticipantsPage(this));
			addPage(new BudgetPage(this));
			addPage(new se.finsam.ui.editors.internal.reports.ReportsPage(this));
			addPage(new se.finsam.ui.editors.internal.evaluation.EvaluationPage(this));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i) instanceof IFormPage page) {
				titles.put(page.getId(), getPageText(i));
			}
		}
		context.addProblemListener(this::countOnTabs);
		ProjectEditorInput in = (ProjectEditorInput) getEditorInput();
		if (project.isContentLoaded()) {
			contentLoaded();
		} else {
			loadContent();
		}
		show(in.page(), in.participantCode());
	}

	/**
	 * Participants, budget and documents load in a Job, page by page (the "rows per page" preference) so that it
	 * shows how far it has come and can be cancelled; the pages that need them wait for it.
	 */
	private void loadContent() {
		int pageRows = Settings.load().pageRows();
		unavailable = null;
		Job job = Job.create(NLS.bind(Messages.Editor_loading, project.getDiarienummer()), monitor -> {
			try {
				session.store().loadContent(project, new MonitorProgress(monitor, pageRows));
				Display.getDefault().asyncExec(this::contentLoaded);
				return Status.OK_STATUS;
			} catch (LoadCancelledException e) {
				Display.getDefault().asyncExec(() -> contentUnavailable(e.getMessage(), true));
				return Status.CANCEL_STATUS;
			} catch (se.finsam.store.RoleRefusedException e) {
				// Her role on a team server: the pages say it, no error dialog on top and no retry that cannot help.
				readBudget();
				Display.getDefault().asyncExec(() -> contentUnavailable(e.getMessage(), false));
				return Status.CANCEL_STATUS;
			} catch (StoreException e) {
				Display.getDefault().asyncExec(() -> contentUnavailable(e.getMessage(), true));
				return new Status(IStatus.ERROR, "se.finsam.ui.editors", e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	/** A reader sees the budget, and cost per participant where the count is not suppressed. */
	private void readBudget() {
		if (!session.store().readOnly()) {
			return;
		}
		session.store().loadBudget(project);
		readerCount = session.store().findProject(association().getId(), project.getDiarienummer())
				.map(se.finsam.store.ProjectSummary::participants).orElse(se.finsam.store.ProjectSummary.SUPPRESSED);
		published = session.store().publishedFigures(project.getId()).orElse(null);
		budgetOnly = true;
	}

	/** Whether only the budget is loaded (a team server's reader); then {@link #readerCount} applies. */
	public boolean budgetOnly() {
		return budgetOnly && !project.isContentLoaded();
	}

	/** A reader's statistics of the project as its last save published them, or null if none yet. */
	public se.finsam.store.PublishedFigures publishedFigures() {
		return published;
	}

	/** A reader's count of the project's participants, {@link se.finsam.store.ProjectSummary#SUPPRESSED} if small. */
	public int readerCount() {
		return readerCount;
	}

	/** Why the content is not shown after its load ended, or null. */
	String unavailable() {
		return unavailable;
	}

	boolean retryHelps() {
		return retryHelps;
	}

	/** Loads the content again after a cancelled or failed load. */
	void reloadContent() {
		if (!project.isContentLoaded()) {
			loadContent();
		}
	}

	private void contentUnavailable(String message, boolean retry) {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		unavailable = message;
		retryHelps = retry;
		for (Object page : pages) {
			if (page instanceof ContentAware aware) {
				aware.contentUnavailable(message, retry);
			}
		}
	}

	/** Reports the store's pages to the Job's monitor; the monitor's cancel stops the load. */
	private record MonitorProgress(IProgressMonitor monitor, int pageRows) implements LoadProgress {
		@Override
		public boolean loaded(int rows, int total) {
			monitor.subTask(NLS.bind(Messages.Editor_loadingRows, Formats.count(rows), Formats.count(total)));
			return !monitor.isCanceled();
		}
	}

	/** Each tab says how many errors its page has ("Deltagare (2)", with the error image). */
	private void countOnTabs(List<Problem> problems) {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		Map<String, Integer> errors = ProblemPages.errors(problems);
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i) instanceof IFormPage page && titles.containsKey(page.getId())) {
				int n = errors.getOrDefault(page.getId(), 0);
				setPageText(i, n == 0 ? titles.get(page.getId()) : NLS.bind(Messages.Editor_tabErrors,
						titles.get(page.getId()), n));
				setPageImage(i, n == 0 ? null : PlatformUI.getWorkbench().getSharedImages()
						.getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
			}
		}
	}

	/** Tests: the tab's text of a page. */
	public String tabText(String pageId) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i) instanceof IFormPage page && page.getId().equals(pageId)) {
				return getPageText(i);
			}
		}
		return null;
	}

	private void contentLoaded() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (project.getBudget() == null) {
			project.setBudget(FinsamFactory.eINSTANCE.createBudget());
		}
		for (Object page : pages) {
			if (page instanceof ContentAware aware) {
				aware.contentLoaded();
			}
		}
		// After the first paint: a project of 10 000 participants takes some 60 ms to validate.
		context.validateSoon();
		if (pendingParticipant != null) {
			String code = pendingParticipant;
			pendingParticipant = null;
			show(ProjectEditorInput.PARTICIPANTS, code);
		}
	}

	/** Pages that show participants or the budget implement this to build themselves once they are loaded. */
	public interface ContentAware {
		void contentLoaded();

		/** The load was cancelled or failed; the message says which, and whether loading again may help. */
		void contentUnavailable(String message, boolean retry);
	}

	@Override
	public void show(String page, String participantCode) {
		if (page != null) {
			setActivePage(page);
		}
		if (participantCode != null) {
			if (!project.isContentLoaded()) {
				pendingParticipant = participantCode;
			} else if (findPage(ProjectEditorInput.PARTICIPANTS) instanceof ParticipantsPage participants) {
				setActivePage(ProjectEditorInput.PARTICIPANTS);
				participants.select(participantCode);
			}
		}
	}

	@Override
	public String projectId() {
		return project.getId();
	}

	@Override
	public String activePage() {
		return getActivePageInstance() == null ? null : getActivePageInstance().getId();
	}

	@Override
	public Project project() {
		return project;
	}

	public Session session() {
		return session;
	}

	/** F1: the guide's page about the page shown. */
	@Override
	public String helpTopic() {
		String page = activePage();
		if (page == null) {
			return HelpTopics.PROJECTS;
		}
		return switch (page) {
		case ProjectEditorInput.PARTICIPANTS -> HelpTopics.PARTICIPANTS;
		case ProjectEditorInput.BUDGET -> HelpTopics.BUDGET;
		case ProjectEditorInput.REPORTS -> HelpTopics.REPORTS;
		case se.finsam.ui.editors.internal.evaluation.EvaluationPage.ID -> HelpTopics.EVALUATION;
		default -> HelpTopics.PROJECTS;
		};
	}

	public Association association() {
		return (Association) project.eContainer();
	}

	public EditingContext context() {
		return context;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return context.domain();
	}

	@Override
	public boolean isDirty() {
		return context != null && context.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		List<Problem> errors = context.validateNow().stream().filter(Problem::error).toList();
		if (!errors.isEmpty()) {
			String listed = errors.stream().limit(6).map(p -> "• " + p.message()).collect(Collectors.joining("\n"));
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveRefusedTitle,
					NLS.bind(Messages.Editor_saveRefused, errors.size(), listed));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		getContainer().setEnabled(false);
		saving = true;
		Job job = Job.create(NLS.bind(Messages.Editor_saving, project.getDiarienummer()), m -> {
			try {
				session.store().saveProject(project);
				Display.getDefault().asyncExec(this::saved);
				return Status.OK_STATUS;
			} catch (StaleDataException e) {
				Display.getDefault().asyncExec(() -> stale(e));
				return Status.OK_STATUS;
			} catch (StoreException e) {
				Display.getDefault().asyncExec(() -> failed(e.getMessage()));
				return Status.OK_STATUS;
			} catch (RuntimeException | LinkageError e) {
				// Not the store's own failure: the details go to the log; the user keeps her edits and the form.
				Display.getDefault().asyncExec(() -> failed(NLS.bind(Messages.Editor_saveFailedUnexpected,
						String.valueOf(e.getMessage()))));
				return new Status(IStatus.ERROR, "se.finsam.ui.editors", e.toString(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	/** Closing with unsaved edits asks in Swedish, naming the project (the platform's own question is English). */
	@Override
	public int promptToSaveOnClose() {
		MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.Editor_closeTitle, null,
				NLS.bind(Messages.Editor_closeMessage, getPartName()), MessageDialog.QUESTION, 0, Messages.Editor_closeSave,
				Messages.Editor_closeDiscard, Messages.Editor_closeCancel);
		return switch (dialog.open()) {
		case 0 -> ISaveablePart2.YES;
		case 1 -> ISaveablePart2.NO;
		default -> ISaveablePart2.CANCEL;
		};
	}

	@Override
	public boolean isSaving() {
		return saving;
	}

	private void saved() {
		saving = false;
		if (getContainer().isDisposed()) {
			return;
		}
		getContainer().setEnabled(true);
		context.stack().saveIsDone();
		firePropertyChange(IEditorPart.PROP_DIRTY);
		announcement.dirty(false);
		updateTitle();
		getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.Editor_saved, project.getDiarienummer()));
		if (current() == project) {
			session.fireChanged(project);
		} else {
			// The session loaded the projects again while this one had unsaved edits: now it loads what was saved.
			Job.create(Messages.Editor_reloading, m -> {
				session.reload(m);
				session.fireChanged(null);
			}).schedule();
		}
	}

	/** The session's own object of this project now, null when it is gone. */
	private Project current() {
		return session.associations().stream().flatMap(a -> a.getProjects().stream())
				.filter(p -> p.getId().equals(project.getId())).findFirst().orElse(null);
	}

	/**
	 * The session holds new objects after a reload: an editor without unsaved edits opens again on the project as
	 * stored now, on the same page and participant; one with unsaved edits keeps them (its save meets the stale
	 * check should someone else have saved the project meanwhile); a project deleted elsewhere closes.
	 */
	private void reloaded() {
		if (disposed || saving || isDirty() || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		Project now = current();
		if (now == project) {
			return;
		}
		org.eclipse.ui.IWorkbenchPage page = getSite().getPage();
		boolean active = page.getActiveEditor() == this;
		String shownPage = activePage();
		String participant = findPage(ProjectEditorInput.PARTICIPANTS) instanceof ParticipantsPage participants
				&& participants.details() != null && participants.details().current() != null
						? participants.details().current().getCode() : null;
		page.closeEditor(this, false);
		if (now != null) {
			try {
				page.openEditor(new ProjectEditorInput(association(now).getId(), now.getId(), now.getDiarienummer(),
						shownPage, participant), ProjectEditorInput.EDITOR_ID, active);
			} catch (PartInitException e) {
				// the navigator still opens it
			}
		}
	}

	private static Association association(Project p) {
		return (Association) p.eContainer();
	}

	/** Someone else saved first: nothing was written, the changes stay here, and the user is told what to do. */
	private void stale(StaleDataException e) {
		saving = false;
		if (getContainer().isDisposed()) {
			return;
		}
		getContainer().setEnabled(true);
		MessageDialog.openWarning(getSite().getShell(), Messages.Editor_staleTitle, e.getMessage() + "\n\n"
				+ Messages.Editor_staleAdvice);
	}

	private void failed(String message) {
		saving = false;
		if (getContainer().isDisposed()) {
			return;
		}
		getContainer().setEnabled(true);
		MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, message);
	}

	@Override
	public void doSaveAs() {
		// not offered
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	private void updateTitle() {
		setPartName(project.getDiarienummer() + " " + (project.getName() == null ? "" : project.getName()));
		setTitleToolTip(getPartName());
	}

	/**
	 * Closing without saving takes the unsaved changes back out of the shared model, so that the navigator and
	 * the next editor see what is stored.
	 */
	@Override
	public void dispose() {
		disposed = true;
		if (session != null) {
			session.removeListener(reloads);
		}
		if (announcement != null) {
			announcement.dispose();
		}
		if (context != null) {
			while (context.stack().isSaveNeeded() && context.stack().canUndo()) {
				context.stack().undo();
			}
			context.dispose();
		}
		super.dispose();
	}

	public IFormPage page(String id) {
		return findPage(id);
	}
}
