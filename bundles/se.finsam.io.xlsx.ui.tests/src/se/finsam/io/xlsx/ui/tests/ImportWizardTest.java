package se.finsam.io.xlsx.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;
import se.finsam.io.xlsx.XlsxExport;
import se.finsam.io.xlsx.ui.internal.DisImportWizard;
import se.finsam.io.xlsx.ui.internal.ExportHandler;
import se.finsam.model.Association;
import se.finsam.store.AuditEntry;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Swedish;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.Session;

/** Arkiv → Importera deltagare från Excel…: file, preview with the problem, valid rows only, stored by a Job. */
public class ImportWizardTest {

	/**
	 * The preview shows dates as dates, the rows with problems first (a bad gender, an exit before the enrolment, an
	 * extent of 150 % in a percent-formatted cell), then the new ones; Slutför with valid rows only says what it did.
	 */
	@Test
	public void theWizardPreviewsShowsTheProblemAndImportsTheValidRows(@TempDir Path folder) throws Exception {
		Ui.waitForExampleData();
		Session session = Ui.session();
		Association association = session.associations().get(0);
		String dnr = association.getProjects().get(association.getProjects().size() - 1).getDiarienummer();
		TableSheet sheet = new TableSheet("Deltagare", List.of(Column.of("Deltagar-ID", Kind.TEXT),
				Column.of("Kön", Kind.TEXT), Column.of("Insats", Kind.TEXT), Column.of("Inskrivningsdatum", Kind.DATE),
				Column.of("Avslutsdatum", Kind.DATE), Column.of("Avslutsorsak", Kind.TEXT),
				Column.of("Omfattning (%)", Kind.PERCENT), Column.of("Handläggarens anteckning", Kind.TEXT)));
		sheet.row(Arrays.asList("UI-001", "Kvinna", dnr, LocalDate.of(2024, 2, 1), null, null, new BigDecimal("0.5"),
				"ring i maj"));
		sheet.row(Arrays.asList("UI-002", "Man", dnr, LocalDate.of(2024, 2, 15), null, null, null, null));
		sheet.row(Arrays.asList("UI-003", "X", dnr, LocalDate.of(2024, 3, 1), null, null, null, null));
		sheet.row(Arrays.asList("UI-004", "Man", dnr, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), "Avhopp",
				null, null));
		sheet.row(Arrays.asList("UI-005", "Kvinna", dnr, LocalDate.of(2024, 3, 1), null, null, new BigDecimal("1.5"),
				null));
		Path file = folder.resolve("dis.xlsx");
		XlsxExport.tables(List.of(sheet), file);

		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		DisImportWizard wizard = new DisImportWizard(session);
		WizardDialog dialog = new WizardDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.setPageSize(900, 520);
		dialog.open();
		StringBuilder summary;
		try {
			wizard.filePage().setFile(file.toString());
			Ui.flush();
			dialog.showPage(wizard.previewPage());
			Ui.waitUntil("the preview", 60_000, () -> wizard.preview() != null);
			Ui.flush();
			assertEquals(List.of("Handläggarens anteckning"), wizard.preview().unknownColumns());
			assertFalse(wizard.canFinish(), "a free column may be personal data: nothing stored until decided");
			assertTrue(Ui.tableCells(dialog.getShell()).contains("Inte bestämt – välj"),
					"the Columns tab asks: " + Ui.tableCells(dialog.getShell()));
			Screenshots.save(dialog.getShell(), "import-wizard-unknown-column");
			Swedish.check(dialog.getShell(), "import-wizard-unknown-column", fromTheFile());
			wizard.decide("Handläggarens anteckning", ImportOptions.EXTRA_PERSONAL);
			dialog.showPage(wizard.filePage());
			dialog.showPage(wizard.previewPage());
			Ui.waitUntil("the preview read again", 60_000, () -> wizard.preview() != null);
			Ui.flush();
			assertEquals(List.of(), wizard.preview().unknownColumns());
			assertEquals(2, wizard.preview().counts().get(RowStatus.NEW));
			assertEquals(List.of("Deltagare!B4", "Deltagare!E5", "Deltagare!G6"), wizard.preview().problems().stream()
					.map(CellProblem::reference).toList(), wizard.preview().problems().toString());
			assertTrue(wizard.preview().problems().get(1).message().contains("före inskrivningsdatumet"),
					wizard.preview().problems().get(1).message());
			assertTrue(wizard.preview().problems().get(2).message().contains("mellan 0 och 100"),
					"150 % is 1.5 in the cell, and too much: " + wizard.preview().problems().get(2).message());
			assertFalse(wizard.canFinish(), "a problem stores nothing");
			assertTrue(Ui.tableCells(dialog.getShell()).contains("Deltagare!B4"), "the problem list is shown");
			Screenshots.save(dialog.getShell(), "import-wizard-problem");
			Swedish.check(dialog.getShell(), "import-wizard-problem", fromTheFile());

			org.eclipse.swt.widgets.Table rows = rowsTable(dialog.getShell());
			List<String> order = java.util.stream.IntStream.range(0, rows.getItemCount())
					.mapToObj(i -> rows.getItem(i).getText(0) + " " + rows.getItem(i).getText(2)).toList();
			assertEquals(List.of("Problem UI-003", "Problem UI-004", "Problem UI-005", "Ny UI-001", "Ny UI-002"), order,
					"problems first, then new rows");
			assertTrue(cells(rows.getItem(2)).contains("150 %"), "as Excel shows it: " + cells(rows.getItem(2)));
			assertEquals("150 %", wizard.preview().problems().get(2).value());
			List<String> first = cells(rows.getItem(3));
			assertTrue(first.contains("2024-02-01"), "a date as a date, not Excel's 45323: " + first);
			assertTrue(first.contains("Kvinna") && first.contains("50 %"), first.toString());

			dialog.showPage(wizard.filePage());
			wizard.filePage().setValidRowsOnly(true);
			dialog.showPage(wizard.previewPage());
			Ui.waitUntil("the preview again", 60_000, () -> wizard.preview() != null);
			Ui.flush();
			assertTrue(wizard.canFinish());
			Screenshots.save(dialog.getShell(), "import-wizard-valid-rows");
			Swedish.check(dialog.getShell(), "import-wizard-valid-rows", fromTheFile());
			summary = Ui.closeNextDialog();
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		Ui.waitUntil("the import Job", 60_000, () -> wizard.storeJob() != null && wizard.storeJob().getResult() != null);
		assertTrue(wizard.storeJob().getResult().isOK() || wizard.storeJob().getResult().getSeverity() == 1,
				wizard.storeJob().getResult().toString());
		Ui.waitUntil("the summary", 10_000, () -> summary.length() > 0);
		assertTrue(summary.toString().contains(
				"Importen är klar: 2 importerade, 0 ändrade, 0 oförändrade, 3 utelämnade."), summary.toString());
		assertTrue(session.store().findParticipant(association.getId(), "UI-001").isPresent());
		assertTrue(session.store().findParticipant(association.getId(), "UI-002").isPresent());
		assertFalse(session.store().findParticipant(association.getId(), "UI-003").isPresent());
		assertFalse(session.store().findParticipant(association.getId(), "UI-004").isPresent());
		assertTrue(session.store().loadAssociation(association.getId()).getAttributeDefinitions().stream()
				.anyMatch(d -> d.getName().equals("Handläggarens anteckning") && d.isPersonal()),
				"her decision is the förbund's definition now");
	}

	private static org.eclipse.swt.widgets.Table rowsTable(org.eclipse.swt.widgets.Composite root) {
		for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Table t && t.getColumnCount() > 0
					&& "Status".equals(t.getColumn(0).getText())) {
				return t;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Table found = rowsTable(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<String> cells(org.eclipse.swt.widgets.TableItem item) {
		return java.util.stream.IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText).toList();
	}

	@Test
	public void exportWithoutAProjectSaysWhatToDo() throws Exception {
		Ui.waitForExampleData();
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command export = commands.getCommand("se.finsam.io.xlsx.ui.export");
		assertTrue(export.isDefined());
		assertEquals("Exportera till Excel…", export.getName());
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		StringBuilder said = Ui.closeNextDialog();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("se.finsam.io.xlsx.ui.export", null);
		Ui.waitUntil("the message", 10_000, () -> said.length() > 0);
		assertTrue(said.toString().contains("Öppna en insats först"), said.toString());
	}

	/**
	 * An export with personnummer from the workbench is entered in the audit log, as the command line's is (it was
	 * not recorded at all); a file name longer than the log's column is kept shortened. Without personnummer nothing
	 * is recorded.
	 */
	@Test
	public void anExportWithPersonnummerIsRecordedInTheAuditLog(@TempDir Path folder) throws Exception {
		Ui.waitForExampleData();
		Session session = Ui.session();
		Association association = session.store().loadAssociation(session.associations().get(0).getId());
		se.finsam.model.Project project = association.getProjects().get(0);
		session.store().loadContent(project);
		int before = session.store().auditLog().size();

		Path plain = folder.resolve("utan.xlsx");
		org.eclipse.core.runtime.jobs.Job job = ExportHandler.export(session, project,
				ExportHandler.What.PARTICIPANTS, false, plain);
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		assertEquals(before, session.store().auditLog().size(), "no personnummer, nothing to record");

		Path file = folder.resolve("deltagare-" + "x".repeat(200) + "-internt.xlsx");
		job = ExportHandler.export(session, project, ExportHandler.What.PARTICIPANTS, true, file);
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		List<AuditEntry> log = session.store().auditLog();
		assertEquals(before + 1, log.size());
		AuditEntry entry = log.get(before);
		assertEquals(AuditEntry.EXPORT_PERSONAL, entry.action());
		assertEquals(project.getId(), entry.projectId());
		assertTrue(entry.subject().startsWith("deltagare-xxx") && entry.subject().endsWith("x-internt.xlsx")
				&& entry.subject().length() == AuditEntry.NAME_LENGTH, entry.subject());
		assertEquals("Exporterad till Excel från arbetsbänken, med personnummer", entry.reason());
		assertTrue(sheetText(file).contains("Personnummer"), "the file holds the personnummer column");
		assertFalse(sheetText(plain).contains("Personnummer"));
	}

	private static String sheetText(Path xlsx) throws java.io.IOException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
			return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	/** What the wizard shows from the workbook itself: the DIS headings and the participants' codes. */
	private static String[] fromTheFile() {
		java.util.List<String> shown = new java.util.ArrayList<>(java.util.List.of("UI-001", "UI-002", "UI-003",
				"UI-004", "UI-005", "Handläggarens anteckning"));
		for (se.finsam.io.xlsx.DisColumn column : se.finsam.io.xlsx.DisColumn.values()) {
			shown.addAll(column.headers());
		}
		return shown.toArray(String[]::new);
	}
}
