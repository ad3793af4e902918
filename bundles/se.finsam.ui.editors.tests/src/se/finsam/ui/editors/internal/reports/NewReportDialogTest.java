package se.finsam.ui.editors.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import se.finsam.core.Formats;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.TemplateKind;
import se.finsam.reports.ReportPeriods;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Ui;

/** "Ny rapport": the period follows the chosen template's kind, and a period that ends before it starts is refused. */
public class NewReportDialogTest {

	@Test
	public void thePeriodFollowsTheKindOfReport() throws Exception {
		Project project = FinsamFactory.eINSTANCE.createProject();
		Period granted = FinsamFactory.eINSTANCE.createPeriod();
		granted.setStart(LocalDate.of(2023, 2, 1));
		granted.setEnd(LocalDate.of(2025, 12, 31));
		project.setGrantedPeriod(granted);
		NewReportDialog dialog = new NewReportDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				project);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Composite shell = dialog.getShell();
			Combo templates = Ui.find(shell, Combo.class);
			List<Text> fields = Ui.texts(shell);
			Text from = fields.get(0);
			Text to = fields.get(1);

			choose(templates, "Bilaga 2 - Slutrapportering");
			assertEquals("2023-02-01", from.getText(), "a final report covers the granted period");
			assertEquals("2025-12-31", to.getText());
			assertTrue(Ui.labels(shell).stream().anyMatch(l -> l.contains("slutrapport: den beviljade perioden")),
					Ui.labels(shell).toString());

			choose(templates, "Lägesrapport (självvärdering)");
			ReportPeriods.Span half = ReportPeriods.defaultFor(TemplateKind.STATUS, project, LocalDate.now());
			assertEquals(Formats.date(half.from()), from.getText(), "a status report covers the last half-year");
			assertEquals(Formats.date(half.to()), to.getText());

			choose(templates, "Utvärderingsplan");
			assertEquals("", from.getText(), "a plan has no period");
			assertEquals("", to.getText());
			assertTrue(Ui.labels(shell).stream().anyMatch(l -> l.startsWith("En utvärderingsplan har ingen period")));

			choose(templates, "Slutrapport (projekt)");
			Ui.type(to, "2022-12-31");
			Ui.type(from, "2023-02-01");
			Ui.waitUntil("the refusal", 5_000, () -> dialog.getErrorMessage() != null);
			assertEquals("Perioden slutar (2022-12-31) innan den börjar (2023-02-01).", dialog.getErrorMessage());
			assertFalse(button(dialog).isEnabled(), "OK waits for a period that makes sense");
			Screenshots.save(dialog.getShell(), "new-report-period");

			Ui.type(to, "2025-06-30");
			Ui.waitUntil("the period to be accepted", 5_000, () -> dialog.getErrorMessage() == null);
			assertTrue(button(dialog).isEnabled());
			button(dialog).notifyListeners(SWT.Selection, null);
			assertEquals("generic.final", dialog.template().template().getId());
			assertEquals(LocalDate.of(2023, 2, 1), dialog.from());
			assertEquals(LocalDate.of(2025, 6, 30), dialog.to());
		} finally {
			if (dialog.getShell() != null) {
				dialog.close();
			}
		}
		assertNull(dialog.getShell(), "closed");
	}

	private static void choose(Combo combo, String name) {
		int index = Arrays.asList(combo.getItems()).indexOf(name);
		assertTrue(index >= 0, name + " among " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, null);
		Ui.flush();
	}

	private static Button button(NewReportDialog dialog) {
		return (Button) Ui.find(dialog.getShell(), Button.class, b -> b.getData() instanceof Integer id
				&& id == IDialogConstants.OK_ID);
	}
}
