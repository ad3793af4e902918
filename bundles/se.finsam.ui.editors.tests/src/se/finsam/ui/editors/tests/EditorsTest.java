package se.finsam.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.core.Formats;
import se.finsam.model.Association;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.model.personal.Personnummer;
import se.finsam.reports.Answers;
import se.finsam.reports.Templates;
import se.finsam.store.Store;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.editors.internal.ProjectEditor;
import se.finsam.ui.editors.internal.budget.BudgetPage;
import se.finsam.ui.editors.internal.evaluation.EvaluationPage;
import se.finsam.ui.editors.internal.participants.ParticipantsPage;
import se.finsam.ui.editors.internal.reports.ReportOutput;
import se.finsam.ui.editors.internal.reports.ReportsPage;

/**
 * The editors on the demo data of a fresh data location: edit, undo, redo, save, reopen and read back from the
 * store; invalid values shown at their fields and refused at save; a stale save that loses nothing. Every page is
 * photographed under target/screenshots.
 */
public class EditorsTest {

	@BeforeAll
	public static void openTheData() {
		Ui.waitForExampleData();
	}

	@AfterEach
	public void closeEditors() {
		page().closeAllEditors(false);
		Ui.flush();
	}

	@Test
	public void navigatorShowsTheAssociationAndItsProjects() throws Exception {
		var navigator = page().showView("se.finsam.ui.navigator");
		var viewer = (org.eclipse.jface.viewers.TreeViewer) navigator.getSite().getSelectionProvider();
		Ui.waitUntil("the navigator's associations", 30_000, () -> viewer.getTree().getItemCount() > 0);
		viewer.expandToLevel(4);
		Ui.flush();
		var tree = viewer.getTree();
		assertNotNull(tree);
		String labels = String.join("\n", labels(tree.getItems()));
		assertTrue(labels.contains("Samordningsförbundet Mellersta Bergslagen"), labels);
		assertTrue(labels.contains("Projekt (4)"), labels);
		assertTrue(labels.contains("Långsiktig samverkan (2)"), labels);
		assertTrue(labels.contains("RESAM – samordnat resursteam"), labels);
		Screenshots.save(shell(), "navigator");
	}

	@Test
	public void projectEditorEditUndoRedoSaveAndReopen() throws Exception {
		Project project = project(1);
		String original = project.getName();
		ProjectEditor editor = open(project, ProjectEditorInput.OVERVIEW);
		Text name = Ui.textAfterLabel(body(editor), "Namn");
		assertEquals(original, name.getText());

		Ui.type(name, "RESAM – samordnat resursteam i Bergslagen");
		assertEquals("RESAM – samordnat resursteam i Bergslagen", project.getName());
		assertTrue(editor.isDirty());
		Screenshots.save(shell(), "project-overview");

		execute(editor, "org.eclipse.ui.edit.undo");
		assertEquals(original, project.getName());
		assertEquals(original, name.getText());
		assertFalse(editor.isDirty());
		execute(editor, "org.eclipse.ui.edit.redo");
		assertEquals("RESAM – samordnat resursteam i Bergslagen", project.getName());

		editor.doSave(null);
		Ui.waitUntil("the save", 30_000, () -> !editor.isDirty());
		Project stored = storedProject(project);
		assertEquals("RESAM – samordnat resursteam i Bergslagen", stored.getName());

		page().closeAllEditors(false);
		ProjectEditor again = open(project, ProjectEditorInput.OVERVIEW);
		assertEquals("RESAM – samordnat resursteam i Bergslagen", Ui.textAfterLabel(body(again), "Namn").getText());
		for (String page : List.of("content", "goals", "analysis")) {
			again.setActivePage(page);
			Ui.flush();
			Screenshots.save(shell(), "project-" + page);
		}
	}

	@Test
	public void anInvalidValueIsShownAtItsFieldAndBlocksSaving() throws Exception {
		Project project = project(2);
		String storedEnd = String.valueOf(storedProject(project).getGrantedPeriod().getEnd());
		ProjectEditor editor = open(project, ProjectEditorInput.OVERVIEW);
		Ui.type(Ui.textAfterLabel(body(editor), "Start"), "2031-12-31");
		IFormPage overview = editor.getActivePageInstance();
		// Validation runs a moment after the change.
		Ui.waitUntil("the error at the field", 10_000,
				() -> overview.getManagedForm().getForm().getMessageType() == IMessageProvider.ERROR);
		assertTrue(editor.context().errors().stream().anyMatch(p -> p.message().contains("är före starten 2031-12-31")),
				editor.context().errors().toString());
		Screenshots.save(shell(), "project-invalid");

		StringBuilder dialog = Ui.closeNextDialog();
		editor.doSave(null);
		Ui.waitUntil("the refusal", 10_000, () -> dialog.length() > 0);
		assertTrue(dialog.toString().contains("Insatsen kan inte sparas så länge den har 1 fel"), dialog.toString());
		assertTrue(editor.isDirty(), "the change is kept");
		assertEquals(storedEnd, String.valueOf(storedProject(project).getGrantedPeriod().getEnd()));
		execute(editor, "org.eclipse.ui.edit.undo");
		Ui.waitUntil("validation after the undo", 10_000, () -> editor.context().errors().isEmpty());
	}

	/** A name longer than the store holds is named at its field, not left to the database's refusal on saving. */
	@Test
	public void aTextLongerThanItsColumnIsShownAtItsField() throws Exception {
		Project project = project(2);
		ProjectEditor editor = open(project, ProjectEditorInput.OVERVIEW);
		Ui.type(Ui.textAfterLabel(body(editor), "Namn"), "Samverkan " + "x".repeat(291));
		IFormPage overview = editor.getActivePageInstance();
		Ui.waitUntil("the error at the field", 10_000,
				() -> overview.getManagedForm().getForm().getMessageType() == IMessageProvider.ERROR);
		assertTrue(editor.context().errors().stream().anyMatch(p -> p.feature() == Literals.PROJECT__NAME
				&& p.message().endsWith(": namnet har 301 tecken; högst 300 får plats.")),
				editor.context().errors().toString());
		Screenshots.save(shell(), "project-name-too-long");
		execute(editor, "org.eclipse.ui.edit.undo");
		Ui.waitUntil("validation after the undo", 10_000, () -> editor.context().errors().isEmpty());
	}

	@Test
	public void participantsFilterSelectAndEditThroughTheCommandStack() throws Exception {
		Project project = project(3);
		ProjectEditor editor = open(project, ProjectEditorInput.PARTICIPANTS);
		ParticipantsPage page = (ParticipantsPage) editor.page(ProjectEditorInput.PARTICIPANTS);
		Ui.waitUntil("the participants table", 30_000, () -> page.rows() != null);
		int total = page.rows().total();
		assertEquals(project.getParticipants().size(), total);
		assertEquals(total, page.rows().visible().size());
		assertGridPaints(page.table().control(), page.rows().visible().get(0).getCode());

		Participant target = project.getParticipants().stream().filter(Participant::isConsent).findFirst().orElseThrow();
		page.rows().setFreeText(target.getCode());
		assertEquals(1, page.rows().visible().size());
		page.rows().setFreeText("");
		page.table().reveal(target);
		Ui.waitUntil("the participant's details", 10_000, () -> page.details().current() == target);

		Integer born = target.getBirthYear();
		Text year = Ui.textAfterLabel(page.getManagedForm().getForm().getBody(), "Född");
		Ui.type(year, "1975");
		assertEquals(Integer.valueOf(1975), target.getBirthYear());
		Screenshots.save(shell(), "participants");
		execute(editor, "org.eclipse.ui.edit.undo");
		assertEquals(born, target.getBirthYear());
		assertFalse(editor.isDirty());
		execute(editor, "org.eclipse.ui.edit.redo");
		assertEquals(Integer.valueOf(1975), target.getBirthYear());
		assertEquals("1975", year.getText());

		editor.doSave(null);
		Ui.waitUntil("the save", 30_000, () -> !editor.isDirty());
		Project stored = storedProject(project);
		Ui.session().store().loadContent(stored);
		assertEquals(Integer.valueOf(1975), stored.getParticipants().stream()
				.filter(p -> p.getCode().equals(target.getCode())).findFirst().orElseThrow().getBirthYear());
	}

	@Test
	public void thePersonnummerIsMaskedUntilRevealedWithAReasonThatIsRecordedWithoutIt() throws Exception {
		Project project = project(3);
		ProjectEditor editor = open(project, ProjectEditorInput.PARTICIPANTS);
		ParticipantsPage page = (ParticipantsPage) editor.page(ProjectEditorInput.PARTICIPANTS);
		Ui.waitUntil("the participants table", 30_000, () -> page.rows() != null);
		Participant target = project.getParticipants().stream().filter(p -> p.getPersonalIdentityNumber() != null)
				.findFirst().orElseThrow();
		String number = target.getPersonalIdentityNumber();
		page.table().reveal(target);
		Ui.waitUntil("the participant's details", 10_000, () -> page.details().current() == target);
		Composite row = (Composite) Ui.controlAfterLabel(page.getManagedForm().getForm().getBody(), "Personnummer");
		Text field = (Text) row.getChildren()[0];
		Button reveal = (Button) row.getChildren()[1];
		assertEquals(Personnummer.mask(number), field.getText());
		assertFalse(field.getText().contains(number.substring(number.length() - 4)), field.getText());
		assertFalse(field.getEditable(), "a masked number is never edited");
		assertEquals("Visa…", reveal.getText());
		String note = target.getExtraAttributes().get("Anteckning");
		assertTrue(note != null, "the demo förbund keeps a personal note about those with a personnummer");
		Composite body = page.getManagedForm().getForm().getBody();
		assertFalse(Ui.tableCells(body).contains(note), "a personal extra attribute is masked too");
		assertTrue(Ui.tableCells(body).contains("Anteckning") && Ui.tableCells(body).contains("••••••"),
				Ui.tableCells(body).toString());
		int recorded = Ui.session().store().auditLog().size();

		// Cancelled: nothing shown, nothing recorded.
		Ui.answerNextDialog(shell -> Ui.button(shell, "Avbryt").notifyListeners(SWT.Selection, new Event()));
		reveal.notifyListeners(SWT.Selection, new Event());
		Ui.flush();
		assertEquals(Personnummer.mask(number), field.getText());
		assertEquals(recorded, Ui.session().store().auditLog().size());

		Ui.answerNextDialog(shell -> {
			org.eclipse.swt.widgets.Combo reason = Ui.find(shell, org.eclipse.swt.widgets.Combo.class);
			assertTrue(Arrays.asList(reason.getItems()).contains("Kontroll mot Försäkringskassan"));
			reason.setText("x".repeat(1200));
			assertEquals(1000, reason.getText().length(), "no more than the log keeps"); // AUDIT.REASON
			reason.setText("Kontroll mot Försäkringskassan");
			Ui.flush();
			try {
				Screenshots.save(shell, "reveal-reason");
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			Ui.button(shell, "Visa").notifyListeners(SWT.Selection, new Event());
		});
		reveal.notifyListeners(SWT.Selection, new Event());
		Ui.flush();
		assertEquals(number, field.getText());
		assertTrue(field.getEditable());
		assertEquals("Dölj", reveal.getText(), "what is shown can be hidden again");
		assertTrue(Ui.tableCells(body).contains(note), "revealed with the personnummer");
		List<se.finsam.store.AuditEntry> log = Ui.session().store().auditLog();
		se.finsam.store.AuditEntry last = log.get(log.size() - 1);
		assertEquals(List.of(se.finsam.store.AuditEntry.REVEAL_PERSONNUMMER, target.getCode(),
				"Kontroll mot Försäkringskassan", System.getProperty("user.name")),
				List.of(last.action(), last.subject(), last.reason(), last.user()));
		assertFalse(log.toString().contains(number.substring(number.length() - 4)), "never the number: " + log);

		// A number that is not a personnummer is not kept as if it were one.
		Ui.type(field, "19850314-1238");
		assertEquals(number, target.getPersonalIdentityNumber(), "the invalid number was not stored");
		assertEquals("Inget personnummer: kontrollsiffran stämmer inte (ett skrivfel?). Det sparades inte.",
				page.details().problemAt(se.finsam.model.FinsamPackage.Literals.PARTICIPANT__PERSONAL_IDENTITY_NUMBER));
		Screenshots.save(shell(), "personnummer-refused");
		Ui.type(field, number);
		assertEquals(null, page.details().problemAt(
				se.finsam.model.FinsamPackage.Literals.PARTICIPANT__PERSONAL_IDENTITY_NUMBER));

		reveal.notifyListeners(SWT.Selection, new Event());
		assertEquals(Personnummer.mask(number), field.getText());
		assertEquals("Visa…", reveal.getText());
		assertFalse(Ui.tableCells(body).contains(note), "hidden again");
		assertFalse(editor.isDirty(), "looking changes nothing");
	}

	/** A wrong value is framed in red with its message under it; the tab counts it; undo takes both away. */
	@Test
	public void errorsAreShownAtTheFieldAndCountedOnTheTab() throws Exception {
		Project project = project(3);
		ProjectEditor editor = open(project, ProjectEditorInput.PARTICIPANTS);
		ParticipantsPage page = (ParticipantsPage) editor.page(ProjectEditorInput.PARTICIPANTS);
		Ui.waitUntil("the participants table", 30_000, () -> page.rows() != null);
		Participant target = project.getParticipants().stream().filter(p -> p.getEnrolmentDate() != null)
				.findFirst().orElseThrow();
		page.table().reveal(target);
		Ui.waitUntil("the participant's details", 10_000, () -> page.details().current() == target);
		Composite body = page.getManagedForm().getForm().getBody();
		Text exit = Ui.textAfterLabel(body, "Avslutsdatum");
		Ui.type(exit, "1999-01-01");
		Ui.waitUntil("the rule's message at the field", 10_000, () -> page.details()
				.problemAt(se.finsam.model.FinsamPackage.Literals.PARTICIPANT__EXIT_DATE) != null);
		assertTrue(page.details().problemAt(se.finsam.model.FinsamPackage.Literals.PARTICIPANT__EXIT_DATE)
				.contains("är före inskrivningsdatumet"), page.details().problemAt(
						se.finsam.model.FinsamPackage.Literals.PARTICIPANT__EXIT_DATE));
		assertEquals("Deltagare (1 fel)", editor.tabText(ProjectEditorInput.PARTICIPANTS));
		assertTrue(page.table().marked(target), "the participant's row is red in the list");
		assertEquals("1 fel på den här sidan: se fälten med röd ram.", page.getManagedForm().getForm().getMessage());
		Screenshots.save(shell(), "field-error");

		Text extent = Ui.textAfterLabel(body, "Omfattning vid start (%)");
		Ui.type(extent, "abc");
		assertEquals("Skriv ett heltal", page.details().problemAt(
				se.finsam.model.FinsamPackage.Literals.PARTICIPANT__SUPPORT_EXTENT_AT_START),
				"letters in a number are refused at the field");

		execute(editor, "org.eclipse.ui.edit.undo");
		Ui.waitUntil("the undo to show in the details", 10_000, () -> !exit.getText().equals("1999-01-01"));
		Ui.waitUntil("the tab without errors", 10_000, () -> "Deltagare".equals(editor.tabText(
				ProjectEditorInput.PARTICIPANTS)));
	}

	@Test
	public void lettersInAnAmountAreRefusedWithAMessageAndBadCellsAreRed() throws Exception {
		Project project = project(4);
		ProjectEditor editor = open(project, ProjectEditorInput.BUDGET);
		BudgetPage page = (BudgetPage) editor.page(ProjectEditorInput.BUDGET);
		Ui.waitUntil("the budget grid", 30_000, () -> page.grid() != null);
		var table = page.grid().viewer();
		BudgetLine line = project.getBudget().getLines().get(0);
		BudgetAmount first = line.getAmounts().get(0);
		BigDecimal before = first.getBudget();
		table.editElement(line, 0);
		// The cell editor's text is a child of the table; focus alone is not reliable under Xvfb.
		var grid = (org.eclipse.swt.widgets.Composite) table.getControl();
		Ui.waitUntil("the cell editor", 10_000, () -> java.util.Arrays.stream(grid.getChildren())
				.anyMatch(c -> c instanceof Text && c.isVisible()));
		Text editorText = (Text) java.util.Arrays.stream(grid.getChildren())
				.filter(c -> c instanceof Text && c.isVisible()).findFirst().orElseThrow();
		editorText.setText("abc");
		editorText.notifyListeners(SWT.DefaultSelection, new Event());
		Ui.flush();
		assertEquals(before, first.getBudget(), "nothing stored");
		assertTrue(page.refusal() != null && page.refusal().startsWith("\"abc\" är inget belopp: cellen "
				+ first.getYear() + " budget för \"" + line.getLabel() + "\" ändrades inte."), page.refusal());
		Screenshots.save(shell(), "budget-refused");

		editor.context().execute(SetCommand.create(editor.context().domain(), first, Literals.BUDGET_AMOUNT__BUDGET,
				new BigDecimal("-5")));
		Ui.waitUntil("the cell marked", 10_000, () -> page.grid().problemAt(line, first.getYear(), "BUDGET") != null);
		assertTrue(editor.tabText(ProjectEditorInput.BUDGET).startsWith("Budget (1 fel)"),
				editor.tabText(ProjectEditorInput.BUDGET));
		Screenshots.save(shell(), "budget-error");
		execute(editor, "org.eclipse.ui.edit.undo");
		Ui.waitUntil("the cell clear", 10_000, () -> page.grid().problemAt(line, first.getYear(), "BUDGET") == null);
	}

	/**
	 * The grid holds the rows (header, filter row, then the first participant's code) and its layers paint them:
	 * a library failing inside paint (Eclipse Collections without its OSGi service loader headers did) shows only
	 * grid lines while every model assertion passes.
	 */
	private static String docxText(java.nio.file.Path docx) throws java.io.IOException {
		try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
			return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
		}
	}

	private static long countPdfs(java.nio.file.Path folder) throws java.io.IOException {
		try (var files = java.nio.file.Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
		}
	}

	private static void assertGridPaints(NatTable grid, String firstCode) {
		assertEquals(firstCode, grid.getDataValueByPosition(1, 2));
		int x = grid.getStartXOfColumnPosition(1);
		int y = grid.getStartYOfRowPosition(2);
		int w = grid.getColumnWidthByPosition(1);
		int h = grid.getRowHeightByPosition(2);
		Image image = new Image(grid.getDisplay(), x + w, y + h);
		GC gc = new GC(image);
		try {
			gc.setBackground(grid.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, x + w, y + h);
			grid.getLayerPainter().paintLayer(grid, gc, 0, 0, new Rectangle(0, 0, x + w, y + h), grid.getConfigRegistry());
			ImageData data = image.getImageData();
			int dark = 0;
			for (int i = x + 2; i < x + w - 2; i++) {
				for (int j = y + 2; j < y + h - 2; j++) {
					RGB rgb = data.palette.getRGB(data.getPixel(i, j));
					dark += rgb.red + rgb.green + rgb.blue < 300 ? 1 : 0;
				}
			}
			assertTrue(dark > 10, "text painted in the first cell, dark pixels: " + dark);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	public void budgetShowsRemainingAndTotalsAsYouEdit() throws Exception {
		Project project = project(4);
		ProjectEditor editor = open(project, ProjectEditorInput.BUDGET);
		BudgetPage page = (BudgetPage) editor.page(ProjectEditorInput.BUDGET);
		Ui.waitUntil("the budget grid", 30_000, () -> page.grid() != null);
		var table = page.grid().viewer().getTable();
		assertEquals(project.getBudget().getLines().size() + 1, table.getItemCount(), "lines and a total row");
		BudgetAmount first = project.getBudget().getLines().get(0).getAmounts().get(0);
		editor.context().execute(SetCommand.create(editor.context().domain(), first, Literals.BUDGET_AMOUNT__BUDGET,
				new BigDecimal("1234567")));
		Ui.waitUntil("the grid to show the amount", 10_000, () -> String.join(" | ", cellTexts(table.getItem(0)))
				.contains(Formats.number(new BigDecimal("1234567"))));
		String cells = String.join(" | ", cellTexts(table.getItem(0)));
		assertTrue(cells.contains(Formats.number(new BigDecimal("1234567"))), cells);
		assertTrue(cells.contains(Formats.number(first.remaining())), "remaining computed: " + cells);
		var names = page.grid().names().getTable();
		assertEquals("Summa", names.getItem(names.getItemCount() - 1).getText(0), "the total row, named in view");
		assertEquals(project.getBudget().getLines().get(0).getLabel(), names.getItem(0).getText(0));
		Screenshots.save(shell(), "budget");
		BigDecimal before = first.getBudget();
		execute(editor, "org.eclipse.ui.edit.undo");
		assertFalse(String.join(" | ", cellTexts(table.getItem(0))).contains(Formats.number(new BigDecimal("1234567"))));
		execute(editor, "org.eclipse.ui.edit.redo");
		assertEquals(0, new BigDecimal("1234567").compareTo(first.getBudget()), "redone, was " + before);

		editor.doSave(null);
		Ui.waitUntil("the save", 30_000, () -> !editor.isDirty());
		Project stored = storedProject(project);
		Ui.session().store().loadContent(stored);
		assertEquals(0, new BigDecimal("1234567")
				.compareTo(stored.getBudget().getLines().get(0).getAmounts().get(0).getBudget()));
	}

	@Test
	public void aReportIsFilledAnsweredUndoneAndSaved(@TempDir java.nio.file.Path folder) throws Exception {
		Project project = project(1);
		ProjectEditor editor = open(project, ProjectEditorInput.REPORTS);
		ReportsPage page = (ReportsPage) editor.page(ProjectEditorInput.REPORTS);
		Ui.waitUntil("the reports page", 30_000, () -> page.getManagedForm() != null && page.form() == null
				&& page.getPartControl() != null);
		var template = Templates.find("generic.final").orElseThrow();
		ReportInstance report = page.create(template, project.getGrantedPeriod().getStart(), LocalDate.of(2026, 6, 30));
		Ui.waitUntil("the new report's form", 10_000, () -> page.current() == report && page.form() != null);
		assertTrue(editor.isDirty());
		assertEquals(report, page.current());
		Composite form = (Composite) page.form().control();
		List<String> missing = page.form().missingLinks();
		assertTrue(missing.contains("Sammanfattning") && missing.contains("Bakgrund: Historik")
				&& missing.contains("Mjuka resultat"), missing.toString());
		assertTrue(Ui.tableCells(form).contains("Positivt resultat"), "the computed outcome table is shown: "
				+ Ui.tableCells(form));
		Text first = Ui.texts(form).get(0);
		Ui.type(first, "Insatsen samordnade stöd för 120 personer i Fagersta och Norberg.");
		Ui.waitUntil("the list of empty questions to follow the answer", 10_000,
				() -> !page.form().missingLinks().contains("Sammanfattning"));
		assertEquals("Insatsen samordnade stöd för 120 personer i Fagersta och Norberg.",
				Answers.text(report, "sammanfattning"));
		Screenshots.save(shell(), "reports");
		org.eclipse.swt.widgets.Control history = page.form().follow("Bakgrund: Historik");
		Ui.flush();
		assertTrue(history instanceof Text, "Ännu tomt goes to the question's text: " + history);
		// GTK moves focus asynchronously.
		Ui.waitUntil("the cursor in the question's text", 10_000, () -> history == history.getDisplay()
				.getFocusControl(), () -> String.valueOf(history.getDisplay().getFocusControl()));

		// Preview in the workbench: the PDF drawn page by page, nothing left in /tmp.
		java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
		long before = countPdfs(tmp);
		Ui.button((Composite) page.getManagedForm().getForm().getBody(), "Förhandsgranska")
				.notifyListeners(SWT.Selection, new Event());
		Ui.waitUntil("the preview", 60_000, () -> page().getActiveEditor() instanceof
				se.finsam.ui.editors.internal.reports.PreviewEditor);
		var preview = (se.finsam.ui.editors.internal.reports.PreviewEditor) page().getActiveEditor();
		assertTrue(preview.pageCount() >= 3, "pages: " + preview.pageCount());
		Ui.waitUntil("the first page drawn", 10_000, () -> preview.drawn() >= 1);
		assertTrue(preview.drawn() < preview.pageCount(), "pages not in view are not drawn yet");
		assertTrue(preview.getPartName().startsWith("Förhandsgranskning: " + project.getDiarienummer()),
				preview.getPartName());
		Screenshots.save(shell(), "report-preview");
		assertEquals(before, countPdfs(tmp), "no preview file in the shared temporary folder");

		// Export from the preview: named by diarienummer, report and period, in the documents folder, as Word
		// when Word is picked in the dialog's list although the suggested name came with .pdf.
		String[] offered = new String[2];
		ReportOutput.chooser = dialog -> {
			offered[0] = dialog.getFileName();
			offered[1] = dialog.getFilterPath();
			dialog.setFilterIndex(1);
			return folder.resolve(dialog.getFileName()).toString();
		};
		try {
			ReportOutput.lastJob = null;
			StringBuilder saved = Ui.closeNextDialog();
			Ui.button((Composite) preview.getSite().getShell(), "Exportera…").notifyListeners(SWT.Selection,
					new Event());
			Ui.waitUntil("the export", 60_000, () -> ReportOutput.lastJob != null
					&& ReportOutput.lastJob.getResult() != null && saved.length() > 0);
			String name = project.getDiarienummer().replaceAll("[/:]", "-") + " Slutrapport (projekt) 2019-09-01–2026-06-30";
			assertEquals(name + ".pdf", offered[0]);
			assertTrue(java.nio.file.Path.of(offered[1]).isAbsolute(), offered[1]);
			java.nio.file.Path word = folder.resolve(name + ".docx");
			assertTrue(java.nio.file.Files.size(word) > 0, "written as Word: " + word);
			assertTrue(saved.toString().contains("Rapporten är sparad") && saved.toString().contains(word.toString()),
					saved.toString());
			assertTrue(docxText(word).contains("Insatsen samordnade stöd för 120 personer"), "the answer is in it");
		} finally {
			ReportOutput.chooser = org.eclipse.swt.widgets.FileDialog::open;
		}
		page().closeEditor(preview, false);
		page().activate(editor);

		execute(editor, "org.eclipse.ui.edit.undo");
		assertEquals("", Answers.text(report, "sammanfattning"));
		execute(editor, "org.eclipse.ui.edit.redo");
		editor.doSave(null);
		Ui.waitUntil("the save", 30_000, () -> !editor.isDirty());
		Project stored = storedProject(project);
		Ui.session().store().loadContent(stored);
		ReportInstance saved = stored.getReports().stream().filter(r -> r.getId().equals(report.getId())).findFirst()
				.orElseThrow();
		assertEquals("Insatsen samordnade stöd för 120 personer i Fagersta och Norberg.",
				Answers.text(saved, "sammanfattning"));
		assertEquals(LocalDate.of(2026, 6, 30), saved.getPeriod().getEnd());
	}

	@Test
	public void anEvaluationComputesAsYouTypeUndoesAndIsSaved() throws Exception {
		Project project = project(2);
		ProjectEditor editor = open(project, EvaluationPage.ID);
		EvaluationPage page = (EvaluationPage) editor.page(EvaluationPage.ID);
		Ui.waitUntil("the evaluation page", 30_000, () -> page.getManagedForm() != null);
		Composite form = body(editor);
		org.eclipse.swt.widgets.Button create = buttons(form).stream().filter(b -> b.getText().equals("Ny utvärdering"))
				.findFirst().orElseThrow();
		create.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Ui.waitUntil("the new evaluation's results", 10_000, () -> Ui.tableCells(form).contains("Samhället totalt"));
		assertEquals(1, project.getEvaluations().size());
		assertTrue(Ui.tableCells(form).contains("Samhället totalt"), Ui.tableCells(form).toString());
		assertTrue(Ui.tableCells(form).contains("Arbetsförmedlingen"));
		assertTrue(Ui.tableCells(form).contains("Dödvikt"), "the sensitivity table");
		assertTrue(Ui.tableCells(form).contains("Låg (scenario)"), "low / base / high");
		assertTrue(page.summaryText().contains("deltagare"), page.summaryText());
		String before = project.getEvaluations().get(0).getInputs();

		Ui.type(Ui.textAfterLabel(form, "Deltagare:"), "200");
		Ui.waitUntil("the results for 200 participants", 10_000, () -> page.summaryText().startsWith("200 deltagare"),
				() -> "(summary: " + page.summaryText() + "; field: " + Ui.textAfterLabel(form, "Deltagare:").getText()
						+ "; inputs: " + project.getEvaluations().get(0).getInputs().lines().limit(6).toList() + ")");
		assertTrue(project.getEvaluations().get(0).getInputs().contains("\"participants\": 200"));
		var reference = page().getReference(editor);
		page().toggleZoom(reference); // the whole window, as a user with a full page of figures would
		Ui.flush();
		Screenshots.save(shell(), "evaluation");
		page().toggleZoom(reference);

		execute(editor, "org.eclipse.ui.edit.undo");
		assertEquals(before, project.getEvaluations().get(0).getInputs());
		execute(editor, "org.eclipse.ui.edit.redo");
		editor.doSave(null);
		Ui.waitUntil("the save", 30_000, () -> !editor.isDirty());
		Project stored = storedProject(project);
		Ui.session().store().loadContent(stored);
		assertEquals(1, stored.getEvaluations().size());
		assertTrue(stored.getEvaluations().get(0).getInputs().contains("\"participants\": 200"));

		assertTrue(Ui.tableCells(form).contains("Ekonomiskt bistånd"), "the BEFORE supports");
		Text kommun = Ui.textAfterLabel(form, "Kommunen (kr/år):");
		assertEquals("30 000", kommun.getText().replace('\u00a0', ' '));
		kommun.setText("45000");
		kommun.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
		Ui.flush();
		assertTrue(project.getEvaluations().get(0).getInputs().contains("\"kommun\": 45000"));
		execute(editor, "org.eclipse.ui.edit.undo");
		editor.doSave(null);
		Ui.waitUntil("the save", 30_000, () -> !editor.isDirty());
	}

	private static List<org.eclipse.swt.widgets.Button> buttons(Composite root) {
		List<org.eclipse.swt.widgets.Button> out = new java.util.ArrayList<>();
		for (var c : root.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Button b) {
				out.add(b);
			} else if (c instanceof Composite composite) {
				out.addAll(buttons(composite));
			}
		}
		return out;
	}

	@Test
	public void aStaleSaveIsReportedAndLosesNothing() throws Exception {
		Project project = project(5);
		ProjectEditor editor = open(project, ProjectEditorInput.OVERVIEW);
		Ui.type(Ui.textAfterLabel(body(editor), "Namn"), "Mitt nya namn");
		// Someone else saves the same project first.
		Store store = Ui.session().store();
		Project theirs = store.loadAssociation(((Association) project.eContainer()).getId()).getProjects().stream()
				.filter(p -> p.getId().equals(project.getId())).findFirst().orElseThrow();
		theirs.setName("Deras namn");
		store.saveProject(theirs);

		StringBuilder dialog = Ui.closeNextDialog();
		editor.doSave(null);
		Ui.waitUntil("the stale warning", 30_000, () -> dialog.length() > 0);
		assertTrue(dialog.toString().contains("någon annan har sparat insatsen"), dialog.toString());
		assertTrue(editor.isDirty(), "nothing lost: still dirty");
		assertEquals("Mitt nya namn", project.getName());
		assertEquals("Deras namn", storedProject(project).getName(), "nothing overwritten");
		page().closeAllEditors(false);
		Ui.session().reload(null);
		Ui.session().fireChanged(null);
	}

	/**
	 * The projects loaded again (an import, a team member's save on the server): an editor without edits shows what
	 * is stored now, on the same page; one with unsaved edits keeps them, and once saved shows the stored project.
	 */
	@Test
	public void anEditorWithoutEditsShowsWhatWasSavedElsewhere() throws Exception {
		Project clean = project(0);
		Project edited = project(2);
		String[] names = { clean.getName(), edited.getName() };
		ProjectEditor cleanEditor = open(clean, ProjectEditorInput.OVERVIEW);
		ProjectEditor editedEditor = open(edited, ProjectEditorInput.OVERVIEW);
		Ui.type(Ui.textAfterLabel(body(editedEditor), "Namn"), "Mina osparade ändringar");
		assertTrue(editedEditor.isDirty());
		Store store = Ui.session().store();
		Project theirs = storedProject(clean);
		theirs.setName("Sparad någon annanstans");
		store.saveProject(theirs);

		Ui.session().reload(null);
		Ui.session().fireChanged(null);
		Ui.flush();
		Ui.waitUntil("the clean editor opened again", 30_000, () -> editorOf(clean.getId()) != cleanEditor
				&& editorOf(clean.getId()) != null && editorOf(clean.getId()).project().isContentLoaded());
		ProjectEditor refreshed = editorOf(clean.getId());
		assertEquals("Sparad någon annanstans", refreshed.project().getName());
		assertEquals(ProjectEditorInput.OVERVIEW, refreshed.activePage());
		page().activate(refreshed);
		Ui.flush();
		assertEquals("Sparad någon annanstans", Ui.textAfterLabel(body(refreshed), "Namn").getText());
		assertEquals(editedEditor, editorOf(edited.getId()), "unsaved edits stay where they are");
		assertEquals("Mina osparade ändringar", editedEditor.project().getName());

		editedEditor.doSave(null);
		Ui.waitUntil("the saved editor opened again", 30_000, () -> editorOf(edited.getId()) != editedEditor
				&& editorOf(edited.getId()) != null);
		assertEquals("Mina osparade ändringar", storedProject(edited).getName());
		assertEquals("Mina osparade ändringar", Ui.session().associations().get(0).getProjects().stream()
				.filter(p -> p.getId().equals(edited.getId())).findFirst().orElseThrow().getName(),
				"the session holds what was saved");
		assertFalse(editorOf(edited.getId()).isDirty());

		page().closeAllEditors(false);
		for (int i = 0; i < 2; i++) {
			Project back = storedProject(i == 0 ? clean : edited);
			back.setName(names[i]);
			store.saveProject(back);
		}
		Ui.session().reload(null);
		Ui.session().fireChanged(null);
	}

	private static ProjectEditor editorOf(String projectId) {
		for (org.eclipse.ui.IEditorReference ref : page().getEditorReferences()) {
			if (ref.getEditor(false) instanceof ProjectEditor e && projectId.equals(e.projectId())) {
				return e;
			}
		}
		return null;
	}

	private static ProjectEditor open(Project project, String pageId) throws Exception {
		Association a = (Association) project.eContainer();
		ProjectEditor editor = (ProjectEditor) page().openEditor(new ProjectEditorInput(a.getId(), project.getId(),
				project.getDiarienummer(), pageId, null), ProjectEditorInput.EDITOR_ID);
		editor.show(pageId, null);
		Ui.waitUntil("the project's content", 60_000, project::isContentLoaded);
		Ui.flush();
		return editor;
	}

	private static Project project(int index) {
		return Ui.session().associations().get(0).getProjects().get(index);
	}

	private static Project storedProject(Project project) {
		Store store = Ui.session().store();
		return store.loadAssociation(((Association) project.eContainer()).getId()).getProjects().stream()
				.filter(p -> p.getId().equals(project.getId())).findFirst().orElseThrow();
	}

	private static Composite body(ProjectEditor editor) {
		return editor.getActivePageInstance().getManagedForm().getForm().getBody();
	}

	/** Runs a workbench command as the keyboard would, with the editor active. */
	private static void execute(ProjectEditor editor, String command) throws Exception {
		page().activate(editor);
		Ui.flush();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		Ui.flush();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static List<String> labels(TreeItem[] items) {
		List<String> result = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			result.add(item.getText());
			result.addAll(labels(item.getItems()));
		}
		return result;
	}

	private static List<String> cellTexts(org.eclipse.swt.widgets.TableItem item) {
		return java.util.stream.IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText).toList();
	}
}
