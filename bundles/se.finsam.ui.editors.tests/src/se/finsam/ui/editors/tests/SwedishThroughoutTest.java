package se.finsam.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.reports.Templates;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Swedish;
import se.finsam.testing.ui.Swedish.Found;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.editors.internal.ProjectEditor;
import se.finsam.ui.editors.internal.participants.ParticipantsPage;
import se.finsam.ui.editors.internal.reports.ReportsPage;

/**
 * One language at a time: walks the menus, the toolbar, the views, every page of the project editor and the dialogs
 * a user opens, and fails on any string that is not from our Swedish bundles, the data shown or the allowed proper
 * names, on an unfilled placeholder, and on a button or tool item without a tooltip.
 */
public class SwedishThroughoutTest {

	/** Beyond {@link Swedish#NAMES}: the components the About dialog lists, with the Java runtime's vendor. */
	private static final String[] COMPONENTS = { "Eclipse Platform", "Equinox OSGi", "Eclipse UI", "EMF", "BIRT",
			"Apache Derby", "Apache POI", "NatTable", "Java", "Eclipse Adoptium", "LTS" };
	private static Swedish swedish;

	@BeforeAll
	public static void openTheData() {
		Ui.waitForExampleData();
		List<EObject> data = new ArrayList<>(Ui.session().associations());
		Templates.installed().forEach(t -> data.add(t.template()));
		List<String> names = new ArrayList<>(List.of(COMPONENTS));
		for (se.finsam.io.xlsx.DisColumn column : se.finsam.io.xlsx.DisColumn.values()) {
			names.add(column.header()); // the DIS form's Swedish headings, as the import maps them
		}
		swedish = Swedish.of(data, names.toArray(String[]::new));
	}

	@AfterEach
	public void closeEditors() {
		page().closeAllEditors(false);
		Ui.flush();
	}

	/** The check itself: English, half-translated and unfilled strings are caught; Swedish and data pass. */
	@Test
	public void theCheckCatchesEnglish() {
		List<Found> english = List.of(new Found("1 error detected", "a"), new Found("Don't Save", "b"),
				new Found("Efter {0} år", "c"), new Found("Ny insats and more", "d"), new Found("Save", "e"));
		assertTrue(swedish.offenders(english).size() == english.size(), swedish.offenders(english).toString());
		Project project = Ui.session().associations().get(0).getProjects().get(0);
		List<Found> fine = List.of(new Found("Ny insats…", "a"), new Found("Efter 3 år", "b"),
				new Found(project.getDiarienummer() + " " + project.getName(), "c"), new Found("1 234 kr", "d"),
				new Found("&Arkiv", "e"));
		assertTrue(swedish.offenders(fine).isEmpty(), swedish.offenders(fine).toString());
	}

	@Test
	public void theMenusToolbarAndViewsAreSwedish() throws Exception {
		Shell shell = shell();
		List<Found> found = new ArrayList<>(Swedish.collect(shell.getMenuBar(), "menu"));
		List<String> problems = new ArrayList<>();
		for (ToolBar bar : toolBars(shell)) {
			found.addAll(Swedish.collect(bar, "toolbar"));
			problems.addAll(Swedish.withoutTooltip(bar, "toolbar"));
		}
		var navigator = page().showView("se.finsam.ui.navigator");
		var viewer = (TreeViewer) navigator.getSite().getSelectionProvider();
		Ui.waitUntil("the navigator's associations", 30_000, () -> viewer.getTree().getItemCount() > 0);
		viewer.expandToLevel(3);
		Object project = Ui.session().associations().get(0).getProjects().get(0);
		viewer.setSelection(new StructuredSelection(project), true);
		Ui.flush();
		Composite view = viewer.getTree().getParent();
		while (view.getParent() != null && !(view.getParent() instanceof Shell) && view.getParent().getChildren().length == 1) {
			view = view.getParent();
		}
		found.addAll(Swedish.collect(view, "Navigator"));
		// The other views the user can open (Fönster › Visa vy), and the welcome page.
		for (String id : List.of("se.finsam.ui.help.guide", "org.eclipse.ui.views.ProgressView",
				"org.eclipse.ui.views.PropertySheet")) {
			page().showView(id);
			Ui.flush();
		}
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("se.finsam.ui.welcome", null);
		Ui.flush();
		found.addAll(Swedish.collect(shell, "window"));
		problems.addAll(Swedish.withoutTooltip(shell, "window").stream().filter(p -> !p.contains("button")).toList());
		problems.addAll(swedish.offenders(found));
		Screenshots.save(shell, "swedish-window");
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	public void everyPageOfTheProjectEditorIsSwedish() throws Exception {
		List<String> problems = new ArrayList<>();
		for (int index : new int[] { 0, 2 }) {
			Project project = Ui.session().associations().get(0).getProjects().get(index);
			ProjectEditor editor = open(project);
			for (String page : List.of("overview", "content", "goals", "analysis", ProjectEditorInput.PARTICIPANTS,
					ProjectEditorInput.BUDGET, ProjectEditorInput.REPORTS,
					se.finsam.ui.editors.internal.evaluation.EvaluationPage.ID)) {
				editor.setActivePage(page);
				Ui.flush();
				if (editor.getActivePageInstance() instanceof ParticipantsPage participants
						&& !project.getParticipants().isEmpty()) {
					participants.select(project.getParticipants().get(0).getCode());
					Ui.flush();
					problems.addAll(pressed(participants.getPartControl(), "Visa…", "reveal"));
				}
				if (editor.getActivePageInstance() instanceof ReportsPage reports) {
					if (project.getReports().isEmpty()) {
						Templates.Installed template = Templates.installed().get(0);
						reports.create(template, project.getGrantedPeriod().getStart(),
								project.getGrantedPeriod().getEnd());
					}
					reports.select(project.getReports().get(0));
					problems.addAll(pressed(reports.getPartControl(), "Ny rapport…", "new-report"));
				}
				Ui.flush();
				Control control = editor.getActivePageInstance().getPartControl();
				String where = project.getDiarienummer() + " › " + page;
				problems.addAll(swedish.offenders(Swedish.collect(control, where)));
				problems.addAll(Swedish.withoutTooltip(control, where));
				Screenshots.save(shell(), "swedish-" + index + "-" + page);
			}
			problems.addAll(swedish.offenders(Swedish.collect(editor.getActivePageInstance().getPartControl().getParent(),
					"editor tabs")));
			page().closeAllEditors(false);
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	public void theDialogsAreSwedish() throws Exception {
		List<String> problems = new ArrayList<>();
		for (String command : List.of("se.finsam.ui.newProject", "se.finsam.ui.editAssociation", "se.finsam.ui.about",
				"se.finsam.ui.help.keys", "se.finsam.io.xlsx.ui.import")) {
			problems.addAll(dialog(command, shell -> {
			}));
		}
		problems.addAll(dialog("org.eclipse.ui.window.preferences", shell -> {
			PreferenceDialog dialog = (PreferenceDialog) shell.getData();
			TreeViewer tree = dialog.getTreeViewer();
			tree.expandAll();
			for (var item : items(tree.getTree().getItems())) {
				tree.setSelection(new StructuredSelection(item.getData()), true);
				Ui.flush();
				problems.addAll(swedish.offenders(Swedish.collect(shell, "Inställningar › " + item.getText())));
				Control page = ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getControl();
				Swedish.withoutTooltip(page, item.getText()).stream()
						.filter(p -> !p.endsWith("\"Återställ standardvärden\"") && !p.endsWith("\"Verkställ\""))
						.forEach(problems::add);
			}
		}));
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	/** Presses the button a user sees, walks the dialog it opens, closes it. */
	private List<String> pressed(Control root, String button, String name) {
		List<String> problems = new ArrayList<>();
		Ui.answerNextDialog(shell -> {
			Ui.flush();
			problems.addAll(swedish.offenders(Swedish.collect(shell, name)));
			shell.close();
		});
		org.eclipse.swt.widgets.Button b = Ui.button((Composite) root, button);
		if (b == null) {
			problems.add(name + ": no button \"" + button + "\"");
		} else {
			b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			Ui.flush();
		}
		return problems;
	}

	/** Opens the dialog by its command, walks it (and whatever the visit adds), closes it. */
	private List<String> dialog(String command, java.util.function.Consumer<Shell> visit) throws Exception {
		List<String> problems = new ArrayList<>();
		Ui.answerNextDialog(shell -> {
			Ui.flush();
			visit.accept(shell);
			problems.addAll(swedish.offenders(Swedish.collect(shell, command)));
			try {
				Screenshots.save(shell, "swedish-" + command.substring(command.lastIndexOf('.') + 1));
			} catch (Exception e) {
				problems.add(command + ": no screenshot: " + e);
			}
			shell.close();
		});
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		Ui.flush();
		return problems;
	}

	private static List<org.eclipse.swt.widgets.TreeItem> items(org.eclipse.swt.widgets.TreeItem[] items) {
		List<org.eclipse.swt.widgets.TreeItem> all = new ArrayList<>();
		for (var item : items) {
			all.add(item);
			all.addAll(items(item.getItems()));
		}
		return all;
	}

	private static List<ToolBar> toolBars(Composite root) {
		List<ToolBar> bars = new ArrayList<>();
		for (Control c : root.getChildren()) {
			if (c instanceof ToolBar bar) {
				bars.add(bar);
			} else if (c instanceof Composite composite) {
				bars.addAll(toolBars(composite));
			}
		}
		return bars;
	}

	private static ProjectEditor open(Project project) throws Exception {
		Association a = (Association) project.eContainer();
		ProjectEditor editor = (ProjectEditor) page().openEditor(new ProjectEditorInput(a.getId(), project.getId(),
				project.getDiarienummer(), ProjectEditorInput.OVERVIEW, null), ProjectEditorInput.EDITOR_ID);
		Ui.waitUntil("the project's content", 60_000, project::isContentLoaded);
		Ui.flush();
		return editor;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
