package se.finsam.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.ServerAddress;
import se.finsam.store.ServerAdministration;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.store.TeamRole;
import se.finsam.testing.Fixtures;
import se.finsam.testing.PostgresCluster;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.Session;
import se.finsam.ui.editors.internal.ProjectEditor;
import se.finsam.ui.editors.internal.budget.BudgetPage;

/**
 * A team server's reader (the board) in the project editor, on a real throw-away PostgreSQL cluster: she holds no
 * key; the editor is read-only (the header says so, texts take no typing, buttons are off, nothing becomes dirty),
 * the budget is shown, and the participants page shows the statistics published for her instead of participants.
 * The workbench's session is the reader's for this test (a session service ranked above the workbench's).
 */
public class ReaderEditorTest {

	private static final char[] PASSWORD = "styrelsens lösenord 2026".toCharArray();
	private static final StoreKey KEY = Fixtures.KEY;
	private static PostgresCluster cluster;
	private static Store readerStore;
	private static ServiceRegistration<Session> registration;

	@BeforeAll
	public static void openAsReader() throws Exception {
		Ui.waitForExampleData(); // the workbench's own session first: it must not take over the reader's later
		cluster = PostgresCluster.start();
		cluster.sql("postgres", "CREATE DATABASE board");
		ServerAddress owner = ServerAddress.parse("postgresql://" + PostgresCluster.SUPERUSER + "@127.0.0.1:"
				+ cluster.port() + "/board");
		ServerAdministration admin = PlatformUI.getWorkbench().getService(ServerAdministration.class);
		StoreService stores = PlatformUI.getWorkbench().getService(StoreService.class);
		admin.initialize(owner, null, KEY);
		try (Store store = stores.open(owner, null, KEY)) {
			store.createAssociation(Fixtures.demo(5, 400)); // closing publishes the readers' figures
		}
		admin.addUser(owner, null, "rut_board", TeamRole.READER, PASSWORD, List.of());
		readerStore = stores.open(ServerAddress.parse("postgresql://rut_board@127.0.0.1:" + cluster.port() + "/board"),
				PASSWORD, null);
		Hashtable<String, Object> ranking = new Hashtable<>();
		ranking.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
		registration = FrameworkUtil.getBundle(ReaderEditorTest.class).getBundleContext().registerService(
				Session.class, new ReaderSession(readerStore), ranking);
	}

	@AfterAll
	public static void closeTheServer() throws Exception {
		page().closeAllEditors(false);
		Ui.flush();
		if (registration != null) {
			registration.unregister();
			Ui.flush();
			assertFalse(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(Session.class)
					instanceof ReaderSession, "the workbench's own session again for the tests after this one");
		}
		if (readerStore != null) {
			readerStore.close();
		}
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	public void aReaderSeesTheBudgetAndThePublishedFiguresAndChangesNothing() throws Exception {
		Session session = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(Session.class);
		assertTrue(session instanceof ReaderSession, "the reader's session for this test: " + session);
		Project project = session.associations().get(0).getProjects().get(0);
		ProjectEditor editor = (ProjectEditor) page().openEditor(new ProjectEditorInput(
				session.associations().get(0).getId(), project.getId(), project.getDiarienummer(),
				ProjectEditorInput.OVERVIEW, null), ProjectEditorInput.EDITOR_ID);
		assertSame(session, editor.session());
		Ui.waitUntil("the reader's budget", 60_000, editor::budgetOnly);
		Ui.flush();
		assertFalse(project.isContentLoaded(), "no participant was read");

		Composite overview = body(editor, ProjectEditorInput.OVERVIEW);
		assertEquals("Du kan läsa insatsen men inte ändra den: din roll på teamservern är läsare.",
				form(editor, ProjectEditorInput.OVERVIEW).getMessage());
		Text name = Ui.textAfterLabel(overview, "Namn");
		assertFalse(name.getEditable(), "the name takes no typing");
		assertNull(Ui.button(overview, "Lägg till"), "nor is a row offered to her");
		org.eclipse.swt.widgets.Table parties = Ui.find(overview, org.eclipse.swt.widgets.Table.class,
				t -> (t.getStyle() & org.eclipse.swt.SWT.CHECK) != 0);
		org.eclipse.swt.widgets.TableItem party = parties.getItem(0);
		boolean checked = party.getChecked();
		party.setChecked(!checked); // her click, as the check box sees it
		org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
		click.detail = org.eclipse.swt.SWT.CHECK;
		click.item = party;
		parties.notifyListeners(org.eclipse.swt.SWT.Selection, click);
		assertEquals(checked, party.getChecked(), "the check goes back");
		String before = project.getName();
		editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
				editor.getEditingDomain(), project, se.finsam.model.FinsamPackage.Literals.PROJECT__NAME, "Ändrat"));
		assertEquals(before, project.getName(), "no command runs for her");
		assertFalse(editor.isDirty());
		Screenshots.save(editor.getSite().getShell(), "reader-overview");

		editor.setActivePage(ProjectEditorInput.BUDGET);
		Ui.flush();
		BudgetPage budget = (BudgetPage) editor.findPage(ProjectEditorInput.BUDGET);
		Ui.waitUntil("the budget grid", 30_000, () -> budget.grid() != null);
		assertTrue(budget.grid().viewer().getTable().getItemCount() > 1, "her budget lines");
		for (String text : List.of("Lägg till budgetpost", "Ta bort budgetpost", "Lägg till år…", "Lägg till")) {
			Button b = Ui.find(body(editor, ProjectEditorInput.BUDGET), Button.class, x -> x.getText().equals(text));
			assertTrue(b != null && !b.isVisible() && !b.isEnabled(), text + " is not offered");
		}
		org.eclipse.ui.forms.widgets.Section lines = Ui.find(body(editor, ProjectEditorInput.BUDGET),
				org.eclipse.ui.forms.widgets.Section.class, s -> s.getText().equals("Budget per post och år"));
		assertFalse(lines.getDescription().contains("Klicka"), "no invitation to edit: " + lines.getDescription());
		Screenshots.save(editor.getSite().getShell(), "reader-budget");

		editor.setActivePage(ProjectEditorInput.PARTICIPANTS);
		Ui.flush();
		Composite figures = body(editor, ProjectEditorInput.PARTICIPANTS);
		Ui.waitUntil("the published figures", 30_000, () -> Ui.tableCells(figures).contains("Deltagare under perioden"));
		List<String> cells = Ui.tableCells(figures);
		assertTrue(cells.contains("Positivt resultat"), cells.toString());
		assertEquals("Statistik", editor.tabText(ProjectEditorInput.PARTICIPANTS));
		Screenshots.save(editor.getSite().getShell(), "reader-figures");
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static org.eclipse.ui.forms.widgets.ScrolledForm form(ProjectEditor editor, String pageId) {
		IFormPage page = editor.findPage(pageId);
		editor.setActivePage(pageId);
		Ui.flush();
		return page.getManagedForm().getForm();
	}

	private static Composite body(ProjectEditor editor, String pageId) {
		return form(editor, pageId).getBody();
	}

	/** A session on a store already open: the reader's. */
	private static final class ReaderSession implements Session {
		private final Store store;
		private final List<Association> associations;
		private final List<Listener> listeners = new CopyOnWriteArrayList<>();

		ReaderSession(Store store) {
			this.store = store;
			this.associations = store.associations().stream().map(a -> store.loadAssociation(a.id())).toList();
		}

		@Override
		public void open(IProgressMonitor monitor) {
		}

		@Override
		public boolean isOpen() {
			return true;
		}

		@Override
		public Store store() {
			return store;
		}

		@Override
		public List<Association> associations() {
			return associations;
		}

		@Override
		public void reload(IProgressMonitor monitor) {
		}

		@Override
		public void fireChanged(Object element) {
			listeners.forEach(l -> l.changed(element));
		}

		@Override
		public void addListener(Listener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeListener(Listener listener) {
			listeners.remove(listener);
		}
	}
}
