package se.finsam.ui.internal.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Swedish;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.internal.EditorAreaHint;
import se.finsam.ui.internal.association.AssociationDialog;
import se.finsam.ui.internal.association.AssociationJobs;
import se.finsam.ui.internal.association.NewProjectDialog;
import se.finsam.ui.internal.navigator.NavigatorView;

/**
 * A new user on an empty data directory: the welcome page, no demo data, a navigator that says what to do; then
 * her förbund created in the dialog with its own diarienummer format, a first insats, and the example data tried
 * and removed.
 */
public class FirstStartTest {

	@Test
	public void anEmptyDatabaseGreetsTheUserAndCreatesNothing() throws Exception {
		Ui.waitForSession();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Ui.waitUntil("the welcome page", 20_000, () -> welcome(page) != null);
		assertTrue(Ui.session().associations().isEmpty(), "no demo data was made: " + Ui.session().associations());
		WelcomeEditor welcome = (WelcomeEditor) welcome(page).getEditor(true);
		List<String> texts = Ui.labels((Composite) control(welcome));
		assertTrue(texts.contains("Databasen är tom: inget har skapats åt dig."), texts.toString());
		NavigatorView navigator = (NavigatorView) page.findView(NavigatorView.ID);
		assertEquals("Det finns inget förbund i databasen ännu. Skapa ert, eller prova med exempeldata först.",
				navigator.notice());
		assertTrue(InstanceScope.INSTANCE.getNode("se.finsam.ui").getBoolean("windowShown", false),
				"the first window was opened maximized");
		assertNull(page.findView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET), "no empty Properties view");
		Screenshots.save(page.getWorkbenchWindow().getShell(), "first-start");
		Swedish.check(page.getWorkbenchWindow().getShell(), "first-start");

		IBindingService keys = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("se.finsam.ui.scheme", keys.getActiveScheme().getId());
		assertTrue(Arrays.stream(keys.getBindings()).anyMatch(b -> b.getParameterizedCommand() != null
				&& b.getParameterizedCommand().getId().equals("se.finsam.ui.newProject")
				&& b.getTriggerSequence().format().equals("Ctrl+N") && b.getSchemeId().equals("se.finsam.ui.scheme")),
				"Arkiv → Ny insats has Ctrl+N");

		Association created = createAssociation();
		assertEquals("Dnr ÅÅÅÅ/N", created.getDiarienummerFormat());
		assertEquals(4, created.getParties().size());
		assertNull(navigator.notice(), "the navigator shows the förbund");
		firstProject(created);

		Job example = AssociationJobs.createExample(Ui.session());
		example.join();
		Ui.flush();
		Association demo = Ui.session().associations().stream().filter(Association::isExample).findFirst()
				.orElseThrow();
		String label = ((org.eclipse.jface.viewers.ILabelProvider) navigatorViewer(navigator).getLabelProvider())
				.getText(demo);
		assertEquals("Exempel: " + demo.getName(), label);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "example-data");
		AssociationJobs.delete(Ui.session(), demo).join();
		Ui.flush();
		assertEquals(List.of("Samordningsförbundet Västra Mälardalen"),
				Ui.session().associations().stream().map(Association::getName).toList(), "only the example went");
		emptyEditorArea(page);
	}

	/** With a förbund and no editor open, the editor area says how to go on instead of staying blank. */
	private static void emptyEditorArea(IWorkbenchPage page) throws Exception {
		assertTrue(page.closeAllEditors(false));
		Ui.flush();
		Shell shell = page.getWorkbenchWindow().getShell();
		// The hint is installed a little after the window opens, out of the way of the start.
		Ui.waitUntil("the hint in the editor area", 10_000, () -> hinted(shell) != null);
		CTabFolder area = hinted(shell);
		assertEquals(0, area.getItemCount(), "no editor is open");
		assertEquals(List.of("Ingen insats är öppen",
				"Öppna en insats genom att dubbelklicka på den i navigatorn till vänster. Sökfältet ovanför "
						+ "navigatorn hittar en insats på diarienummer eller namn och en deltagare på deltagarkod.",
				"En ny insats: Arkiv → Ny insats… eller Ctrl+N",
				"Deltagare från ett kalkylblad: Arkiv → Importera deltagare från Excel…",
				"Skapa ett förbund, prova exempeldata, kom igång: Hjälp → Välkommen"),
				EditorAreaHint.lines(page.getWorkbenchWindow()));
		Screenshots.save(shell, "empty-editor-area");
		int inked = inked(area);
		assertTrue(inked > 2_000, "the hint is drawn in the editor area: " + inked + " pixels");
	}

	private static CTabFolder hinted(Shell shell) {
		return Ui.find(shell, CTabFolder.class, f -> f.getData(EditorAreaHint.class.getName()) != null);
	}

	/** How many pixels of the folder's client area differ from its bottom-right corner's (its background). */
	private static int inked(CTabFolder folder) {
		Rectangle client = folder.getClientArea();
		Image image = new Image(folder.getDisplay(), folder.getSize().x, folder.getSize().y);
		GC gc = new GC(image);
		try {
			folder.print(gc);
		} finally {
			gc.dispose();
		}
		try {
			ImageData data = image.getImageData();
			int background = data.getPixel(client.x + client.width - 4, client.y + client.height - 4);
			int inked = 0;
			for (int y = client.y; y < client.y + client.height; y++) {
				for (int x = client.x; x < client.x + client.width; x++) {
					inked += data.getPixel(x, y) == background ? 0 : 1;
				}
			}
			return inked;
		} finally {
			image.dispose();
		}
	}

	/** The dialog as the user fills it: the rules speak while she types, OK when everything holds. */
	private static Association createAssociation() throws Exception {
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AssociationDialog dialog = new AssociationDialog(parent, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		assertNull(dialog.getErrorMessage(), "no error before the user typed anything");
		Button ok = button(shell, IDialogConstants.OK_ID);
		assertFalse(ok.isEnabled(), "a förbund needs a name");
		Ui.type(Ui.textAfterLabel(shell, "Namn:"), "Samordningsförbundet Västra Mälardalen");
		Ui.type(Ui.textAfterLabel(shell, "Organisationsnummer:"), "222000-0967");
		assertTrue(dialog.getErrorMessage().contains("organisationsnummer"), dialog.getErrorMessage());
		Ui.type(Ui.textAfterLabel(shell, "Organisationsnummer:"), "222000-0968");
		Combo format = Ui.find(shell, Combo.class, c -> c.getItemCount() > 3);
		format.setText("Dnr ÅÅÅÅ");
		Ui.flush();
		assertTrue(dialog.getErrorMessage().startsWith("Ett diarienummerformat måste innehålla N"),
				dialog.getErrorMessage());
		format.setText("Dnr ÅÅÅÅ/N");
		Ui.flush();
		assertTrue(Ui.labels(shell).contains("Skrivs som Dnr 2014/35. ÅÅÅÅ är året, ÅÅ dess två sista siffror, N numret; "
				+ "* godtar vilken text som helst."), Ui.labels(shell).toString());
		for (String[] party : new String[][] { { "Region Västmanland" }, { "Köpings kommun" } }) {
			Ui.find(shell, Button.class, b -> "Lägg till part".equals(b.getText())).notifyListeners(SWT.Selection, null);
			List<Text> names = Ui.texts(shell).stream().filter(t -> "t.ex. Fagersta kommun".equals(t.getMessage()))
					.toList();
			Ui.type(names.get(names.size() - 1), party[0]);
		}
		List<Text> shares = Ui.texts(shell).stream().filter(t -> "25".equals(t.getMessage())).toList();
		assertEquals(4, shares.size(), "Försäkringskassan, Arbetsförmedlingen and the two added");
		Ui.type(shares.get(0), "50");
		assertTrue(dialog.getErrorMessage().contains("50"), "the shares must make 100 %: " + dialog.getErrorMessage());
		Ui.type(shares.get(2), "25");
		Ui.type(shares.get(3), "25");
		assertNull(dialog.getErrorMessage(), dialog.getErrorMessage());
		assertTrue(ok.isEnabled());
		Screenshots.save(shell, "create-association");
		Swedish.check(shell, "create-association");
		ok.notifyListeners(SWT.Selection, null);
		Association result = dialog.result();
		assertNotNull(result);
		AssociationJobs.create(Ui.session(), result).join();
		Ui.flush();
		return Ui.session().associations().stream().filter(a -> a.getName().equals(result.getName())).findFirst()
				.orElseThrow();
	}

	/** Ny insats: the diarienummer in the förbund's own format, then stored. */
	private static void firstProject(Association association) throws Exception {
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		NewProjectDialog dialog = new NewProjectDialog(parent, association, ProjectKind.PROJECT);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		Ui.type(Ui.textAfterLabel(shell, "Diarienummer:"), "2026:4");
		assertEquals("\"2026:4\" är inte skrivet som förbundet skriver diarienummer (Dnr ÅÅÅÅ/N, t.ex. Dnr 2014/35). "
				+ "Redigera förbundet för att ändra formatet.", dialog.getErrorMessage());
		Ui.type(Ui.textAfterLabel(shell, "Diarienummer:"), "Dnr 2026/4");
		Ui.type(Ui.textAfterLabel(shell, "Namn:"), "Vägen framåt " + "och vidare ".repeat(27)); // a pasted paragraph
		assertEquals("Namnet har 309 tecken; högst 300 får plats.", dialog.getErrorMessage());
		assertFalse(button(shell, IDialogConstants.OK_ID).isEnabled());
		Ui.type(Ui.textAfterLabel(shell, "Namn:"), "Vägen framåt");
		Ui.type(Ui.textAfterLabel(shell, "Beviljad från:"), "2026-02-01");
		Ui.type(Ui.textAfterLabel(shell, "Beviljad till:"), "2025-12-31");
		assertEquals("Perioden slutar (2025-12-31) innan den börjar (2026-02-01).", dialog.getErrorMessage());
		Ui.type(Ui.textAfterLabel(shell, "Beviljad till:"), "2028-01-31");
		assertNull(dialog.getErrorMessage());
		assertTrue(button(shell, IDialogConstants.OK_ID).isEnabled(), "Skapa is enabled again");
		Screenshots.save(shell, "new-project");
		Swedish.check(shell, "new-project");
		button(shell, IDialogConstants.OK_ID).notifyListeners(SWT.Selection, null);
		Project project = dialog.result();
		assertEquals("Dnr 2026/4", project.getDiarienummer());
		assertEquals(java.time.LocalDate.of(2028, 1, 31), project.getGrantedPeriod().getEnd());
	}

	private static IEditorReference welcome(IWorkbenchPage page) {
		return Arrays.stream(page.getEditorReferences()).filter(r -> r.getId().equals(WelcomeEditor.ID)).findFirst()
				.orElse(null);
	}

	private static Control control(WelcomeEditor editor) throws Exception {
		var field = WelcomeEditor.class.getDeclaredField("form");
		field.setAccessible(true);
		return ((org.eclipse.ui.forms.widgets.ScrolledForm) field.get(editor)).getBody();
	}

	private static org.eclipse.jface.viewers.TreeViewer navigatorViewer(NavigatorView view) throws Exception {
		var method = NavigatorView.class.getDeclaredMethod("viewer");
		method.setAccessible(true);
		return (org.eclipse.jface.viewers.TreeViewer) method.invoke(view);
	}

	private static Button button(Shell shell, int id) {
		return Ui.find(shell, Button.class, b -> Integer.valueOf(id).equals(b.getData()));
	}
}
