package se.finsam.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

import se.finsam.core.Settings;
import se.finsam.core.Settings.ReportFormat;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.internal.preferences.FinsamPreferencePage;

/** Fönster → Inställningar → Finsam Workbench: the page writes the settings file ./finsam reads. */
public class PreferencesTest {

	@Test
	public void thePageShowsValidatesAndSavesTheSettings() throws Exception {
		Path file = Settings.defaultFile();
		assertTrue(file.toString().contains("target"), "tests never touch the user's own settings: " + file);
		Files.deleteIfExists(file);

		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(parent, "se.finsam.ui.preferences",
				new String[] { "se.finsam.ui.preferences" }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Ui.flush();
			FinsamPreferencePage page = (FinsamPreferencePage) dialog.getSelectedPage();
			assertNotNull(page);
			Shell shell = dialog.getShell();
			Text data = (Text) Ui.controlAfterLabel(shell, "Datakatalog:");
			Combo format = (Combo) Ui.controlAfterLabel(shell, "Rapportformat som standard:");
			Spinner rows = (Spinner) Ui.controlAfterLabel(shell, "Rader som läses per sida:");
			Combo language = (Combo) Ui.controlAfterLabel(shell, "Språk:");
			assertEquals("", data.getText(), "the default location");
			assertEquals("PDF", format.getText());
			assertEquals(Settings.DEFAULT_PAGE_ROWS, rows.getSelection());
			assertTrue(language.getText().startsWith("Som systemet"), language.getText());
			Screenshots.save(shell, "preferences");

			data.setText("relativ/katalog");
			assertFalse(page.isValid());
			assertEquals("Datakatalogen måste anges med hela sökvägen (som börjar med /).", page.getErrorMessage());
			data.setText("");
			assertTrue(page.isValid());

			Text server = (Text) Ui.controlAfterLabel(shell, "Teamserver:");
			assertEquals("", server.getText(), "the data directory's own database by default");
			server.setText("postgresql://eva:hemligt@db.forbundet.se/finsam");
			assertFalse(page.isValid());
			assertTrue(page.getErrorMessage().startsWith("Skriv inte lösenordet i serveradressen"),
					page.getErrorMessage());
			server.setText("postgresql://eva@db.forbundet.se/finsam?sslmode=disable");
			assertFalse(page.isValid(), "clear text to another computer is refused");
			server.setText("");
			assertTrue(page.isValid());

			format.select(ReportFormat.DOCX.ordinal());
			rows.setSelection(300);
			assertTrue(page.performOk());
		} finally {
			dialog.close();
		}
		Settings saved = Settings.load(file);
		assertEquals(ReportFormat.DOCX, saved.reportFormat());
		assertEquals(300, saved.pageRows());
		assertEquals(null, saved.data());
		List<String> lines = Files.readAllLines(file);
		assertTrue(lines.contains("report.format=docx"), lines.toString());
		Files.delete(file);
	}
}
